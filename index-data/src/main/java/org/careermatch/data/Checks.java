package org.careermatch.data;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.careermatch.data.interest.RiasecType;

/**
 * Argument checks shared by every module; every message names the bad value, {@link #quote(String)
 * sanitized}.
 */
public final class Checks {
  /** The most characters of a value {@link #quote(String)} shows. */
  public static final int MAX_SHOWN = 64;

  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private Checks() {}

  public static String requireNonBlank(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank (was " + quote(value) + ")");
    }
    return value;
  }

  /**
   * A token of the whitespace-separated formats (TREC runs and qrels): not null, not empty, no
   * whitespace.
   */
  public static String requireToken(String value, String what) {
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException(what + " must not be empty (was " + quote(value) + ")");
    }
    for (int i = 0; i < value.length(); i++) {
      if (Character.isWhitespace(value.charAt(i)) || Character.isISOControl(value.charAt(i))) {
        throw new IllegalArgumentException(
            what + " " + quote(value) + " must not contain whitespace");
      }
    }
    return value;
  }

  public static String requireSlug(String value, String what) {
    if (value == null || !SLUG.matcher(value).matches()) {
      throw new IllegalArgumentException(
          what + " " + quote(value) + " is not a slug (lower-case a-z0-9 words joined by '-')");
    }
    return value;
  }

  public static boolean isSlug(String value) {
    return value != null && SLUG.matcher(value).matches();
  }

  /** A weight in (0, 1]; the message names the value. */
  public static double requireWeight(double weight, String what) {
    if (!(weight > 0 && weight <= 1)) {
      throw new IllegalArgumentException(what + " " + weight + " is not in (0, 1]");
    }
    return weight;
  }

  /**
   * An immutable copy of interest-type weights; null becomes empty; each weight must be in (0, 1].
   */
  public static Map<RiasecType, Double> copyOfTypeWeights(
      Map<RiasecType, Double> weights, String what) {
    if (weights == null || weights.isEmpty()) {
      return Map.of();
    }
    EnumMap<RiasecType, Double> copy = new EnumMap<>(RiasecType.class);
    weights.forEach(
        (type, w) -> {
          requireNonNull(type, "an interest type of " + what);
          requireNonNull(w, "the weight of " + type.label() + " in " + what);
          requireWeight(w, "weight of " + type.label() + " in " + what);
          copy.put(type, w);
        });
    return Collections.unmodifiableMap(copy);
  }

  public static <T> T requireNonNull(T value, String what) {
    return Objects.requireNonNull(value, () -> what + " must not be null");
  }

  /**
   * An immutable copy of {@code values}; null becomes empty; null or blank elements are rejected.
   */
  public static List<String> copyOfStrings(List<String> values, String what) {
    if (values == null) {
      return List.of();
    }
    for (String v : values) {
      requireNonBlank(v, "an element of " + what);
    }
    return List.copyOf(values);
  }

  /** An immutable copy of {@code values}; null becomes empty; null elements are rejected. */
  public static <T> List<T> copyOf(List<T> values, String what) {
    if (values == null) {
      return List.of();
    }
    for (T v : values) {
      requireNonNull(v, "an element of " + what);
    }
    return List.copyOf(values);
  }

  /**
   * Like {@link #copyOf(List, String)} for hot paths: the message is only built when an element is
   * null.
   */
  public static <T> List<T> copyOf(List<T> values, Supplier<String> what) {
    if (values == null) {
      return List.of();
    }
    for (T v : values) {
      if (v == null) {
        throw new NullPointerException("an element of " + what.get() + " must not be null");
      }
    }
    return List.copyOf(values);
  }

  /** Lower-case slug of a title: "&" and punctuation dropped, words joined by '-'. */
  public static String slugify(String title) {
    String s =
        title.toLowerCase(Locale.ROOT).replace("&", " ").replaceAll("[^a-z0-9]+", " ").trim();
    return s.replaceAll("\\s+", "-");
  }

  /**
   * A value as any message of careermatch may show it, whoever sent it: {@link #sanitize(String)
   * sanitized}, in single quotes; null is {@code (none)}.
   */
  public static String quote(String value) {
    return value == null ? "(none)" : "'" + sanitize(value) + "'";
  }

  /**
   * At most {@value #MAX_SHOWN} characters of [A-Za-z0-9._:[]-], any other character shown as '?',
   * and "..." when the value is longer: safe to put in a message, a log line or a response,
   * whatever the value held.
   */
  public static String sanitize(String value) {
    StringBuilder b = new StringBuilder();
    int n = Math.min(value.length(), MAX_SHOWN);
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      boolean safe =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '.'
              || c == '_'
              || c == ':'
              || c == '-'
              || c == '['
              || c == ']';
      b.append(safe ? c : '?');
    }
    if (value.length() > n) {
      b.append("...");
    }
    return b.toString();
  }
}

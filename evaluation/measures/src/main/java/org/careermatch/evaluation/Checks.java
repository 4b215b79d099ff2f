package org.careermatch.evaluation;

import java.util.Comparator;

/** Argument checks shared by the evaluation records; every message names the bad value. */
public final class Checks {
  /**
   * Orders strings as C's {@code strcmp} orders their UTF-8 bytes (code point order), which is how trec_eval
   * compares query and document ids. Equals {@link String#compareTo} for ASCII.
   */
  public static final Comparator<String> STRCMP = Checks::compareCodePoints;

  private Checks() {}

  /** A token of the whitespace-separated TREC formats: not null, not empty, no whitespace. */
  public static String requireToken(String value, String what) {
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException(what + " must not be empty (was " + quote(value) + ")");
    }
    for (int i = 0; i < value.length(); i++) {
      if (Character.isWhitespace(value.charAt(i)) || Character.isISOControl(value.charAt(i))) {
        throw new IllegalArgumentException(what + " " + quote(value) + " must not contain whitespace");
      }
    }
    return value;
  }

  public static String requireNonBlank(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank (was " + quote(value) + ")");
    }
    return value;
  }

  public static <T> T requireNonNull(T value, String what) {
    if (value == null) {
      throw new NullPointerException(what + " must not be null");
    }
    return value;
  }

  public static String quote(String value) {
    return value == null ? "null" : "'" + value + "'";
  }

  private static int compareCodePoints(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Boolean.compare(i < a.length(), j < b.length());
  }
}

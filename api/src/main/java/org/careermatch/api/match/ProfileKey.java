package org.careermatch.api.match;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A profile in normal form, the key of the match cache: interests lower-cased with whitespace
 * collapsed; skills lower-cased, whitespace collapsed, de-duplicated and sorted. The engine
 * lower-cases everything it reads, so two profiles with the same key get the same ranking; the
 * engine is also given the normal form, so a cached answer is exactly the answer it would compute.
 */
record ProfileKey(String interests, List<String> skills, String framework) {
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  static ProfileKey of(String interests, List<String> skills, String framework) {
    TreeSet<String> sorted = new TreeSet<>();
    if (skills != null) {
      for (String s : skills) {
        sorted.add(normalize(s));
      }
    }
    sorted.remove("");
    return new ProfileKey(normalize(interests), List.copyOf(sorted), framework);
  }

  static String normalize(String text) {
    return text == null
        ? ""
        : WHITESPACE.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
  }
}

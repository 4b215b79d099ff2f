package org.careermatch.api.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The learner's interests and skills as the request sent them, and how they map to the normal form
 * the engine read ({@link ProfileKey}: stripped, whitespace collapsed, lower case, skills sorted
 * and de-duplicated). The engine's character offsets are into the normal form; the API answers with
 * offsets into the text as sent, so a client can mark the learner's own words without knowing the
 * normal form.
 */
final class LearnerText {
  private final String interests;
  private final List<String> skills;

  /**
   * For each char of the normal form, the offset of the char of the original text it came from; one
   * extra at the end.
   */
  private final int[] toOriginal;

  private final Map<String, Integer> skillIndexByNormal = new HashMap<>();

  private LearnerText(String interests, List<String> skills) {
    this.interests = interests == null ? "" : interests;
    this.skills = skills == null ? List.of() : new ArrayList<>(skills);
    this.toOriginal = offsets(this.interests);
    for (int i = 0; i < this.skills.size(); i++) {
      String s = this.skills.get(i);
      if (s != null) {
        skillIndexByNormal.putIfAbsent(ProfileKey.normalize(s), i);
      }
    }
  }

  static LearnerText of(String interests, List<String> skills) {
    return new LearnerText(interests, skills);
  }

  String interests() {
    return interests;
  }

  /** The request's index of the skill the engine knows by its normal form, or -1. */
  int skillIndex(String normalSkill) {
    return skillIndexByNormal.getOrDefault(normalSkill, -1);
  }

  /** The skill as sent, or null. */
  String skill(int index) {
    return index >= 0 && index < skills.size() ? skills.get(index) : null;
  }

  /**
   * The text a span covers: of the skill {@code skillIndex} when it is one, of the interests
   * otherwise.
   */
  String text(int skillIndex) {
    if (skillIndex >= 0) {
      String s = skill(skillIndex);
      return s == null ? "" : s;
    }
    return interests;
  }

  /**
   * Maps a span of the normal form of the interests to the original text; null when it falls
   * outside. The start maps to the first original char, the end to just after the last one.
   */
  int[] interestsSpan(int start, int end) {
    if (start < 0 || end <= start || end > toOriginal.length - 1) {
      return null;
    }
    return new int[] {toOriginal[start], toOriginal[end - 1] + charLength(end - 1)};
  }

  /**
   * A span of a skill's normal form mapped to the skill as sent (leading whitespace stripped, inner
   * whitespace collapsed).
   */
  int[] skillSpan(int skillIndex, int start, int end) {
    String s = skill(skillIndex);
    if (s == null) {
      return null;
    }
    int[] map = offsets(s);
    if (start < 0 || end <= start || end > map.length - 1) {
      return null;
    }
    return new int[] {map[start], map[end - 1] + length(s, map[end - 1])};
  }

  private int charLength(int normalIndex) {
    return length(interests, toOriginal[normalIndex]);
  }

  private static int length(String text, int at) {
    return Character.charCount(text.codePointAt(at));
  }

  /**
   * The whitespace {@link ProfileKey#normalize} collapses (regex {@code \\s}); stripping uses
   * Character.isWhitespace.
   */
  private static boolean collapsed(int cp) {
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == 0x0B || cp == '\f' || cp == '\r';
  }

  /**
   * The offset in {@code text} of every char of its normal form. Lower-casing is done code point by
   * code point, so a code point whose lower case is longer (rare) maps each of its chars to the
   * same original offset.
   */
  static int[] offsets(String text) {
    List<Integer> map = new ArrayList<>(text.length() + 1);
    int i = 0;
    int n = text.length();
    while (i < n && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    int end = n;
    while (end > i && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    boolean space = false;
    while (i < end) {
      int cp = text.codePointAt(i);
      int len = Character.charCount(cp);
      if (collapsed(cp)) {
        if (!space) {
          map.add(i);
          space = true;
        }
      } else {
        space = false;
        String lower = new String(Character.toChars(cp)).toLowerCase(Locale.ROOT);
        for (int k = 0; k < lower.length(); k++) {
          map.add(i);
        }
      }
      i += len;
    }
    map.add(end);
    int[] out = new int[map.size()];
    for (int k = 0; k < out.length; k++) {
      out[k] = map.get(k);
    }
    return out;
  }
}

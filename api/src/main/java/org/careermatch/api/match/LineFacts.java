package org.careermatch.api.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.careermatch.engine.explain.Evidence;
import org.careermatch.engine.explain.Explanation;

/**
 * What one explanation leaf stands for, read from the engine's structured evidence (never from its English
 * description): the only place the API reads {@link Evidence}. Spans are in the engine's coordinates (the normal
 * form of the interests, or of the skill); {@link MatchResponses} maps them to the text as sent.
 *
 * @param kind word, phrase, all-words, skill, meaning, skill-meaning, subject, quality, interest-type,
 *     cross-cutting, or other for a leaf with no evidence
 * @param normalSkill for a skill's line, the skill in normal form (how the engine knows it), else null
 * @param spans [start, end) pairs in the normal form
 * @param matches how many entities the line sums
 */
record LineFacts(
    String kind,
    String input,
    String inputKind,
    String normalSkill,
    List<int[]> spans,
    int matches,
    List<MatchResponse.FactorItem> factors,
    String correctedFrom,
    String entityId,
    String entityType,
    String entityTitle,
    String field,
    String text,
    List<String> matchedTerms,
    double relevance,
    double weight,
    Double similarity) {

  static final String OTHER = "other";

  boolean isSkill() {
    return normalSkill != null;
  }

  boolean byMeaning() {
    return similarity != null;
  }

  /** The facts of a leaf, or null for a leaf without evidence (a plain fact, or "nothing matched"). */
  static LineFacts of(Explanation leaf, String normalInterests) {
    Evidence e = leaf.evidence();
    if (e == null) {
      return null;
    }
    boolean skill = "skill".equals(e.inputKind());
    boolean meaning = e.similarity() != null;
    String kind = kind(e, skill, meaning, normalInterests);
    List<int[]> spans = new ArrayList<>();
    if (!skill && !"all-words".equals(kind)) {
      int at = wordAt(normalInterests, e.input());
      if (at >= 0) {
        spans.add(new int[] {at, at + e.input().length()});
      }
    } else if (skill) {
      spans.add(new int[] {0, e.input().length()});
    }
    return new LineFacts(kind, e.input(), e.inputKind(), skill ? e.input() : null, List.copyOf(spans), 1,
        List.of(), e.correctedFrom(), e.entityId(), e.entityType(), e.entityTitle(), e.field(), e.text(),
        e.matchedTerms(), e.relevance(), e.weight(), e.similarity());
  }

  private static String kind(Evidence e, boolean skill, boolean meaning, String normalInterests) {
    if (skill) {
      return meaning ? "skill-meaning" : "skill";
    }
    if (meaning) {
      return "meaning";
    }
    if (e.input().equals(normalInterests) && e.input().split(" ").length > 2) {
      return "all-words";
    }
    return e.input().indexOf(' ') >= 0 ? "phrase" : "word";
  }

  /** The first occurrence of {@code words} in {@code text} that starts and ends at word boundaries, or -1. */
  static int wordAt(String text, String words) {
    String w = words.toLowerCase(Locale.ROOT);
    for (int from = 0; ; ) {
      int at = text.indexOf(w, from);
      if (at < 0) {
        return -1;
      }
      int end = at + w.length();
      boolean startOk = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
      boolean endOk = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
      if (startOk && endOk) {
        return at;
      }
      from = at + 1;
    }
  }
}

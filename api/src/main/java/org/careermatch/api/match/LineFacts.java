package org.careermatch.api.match;

import java.util.List;
import java.util.Locale;
import org.careermatch.engine.explain.Evidence;
import org.careermatch.engine.explain.Explanation;

/**
 * What one explanation leaf stands for, read from the engine's structured evidence (never from its
 * English description): the only place the API reads {@link Evidence}. Spans are in the engine's
 * coordinates (the normal form of the interests, or of the skill); {@link MatchResponses} maps them
 * to the text as sent.
 *
 * @param kind the engine's {@link Evidence.Kind} in lower case with hyphens: word, phrase,
 *     all-words, skill, meaning, skill-meaning, interest-type, cross-cutting; other for a leaf with
 *     no evidence
 * @param normalSkill for a skill's line, the skill in normal form (how the engine knows it), else
 *     null
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

  /**
   * The facts of a leaf, or null for a leaf without evidence (a plain fact, or "nothing matched").
   *
   * @param normalSkills the profile's skills as the engine read them (normal form, sorted): the
   *     engine's {@code skillIndex} points into this list
   */
  static LineFacts of(Explanation leaf, List<String> normalSkills) {
    Evidence e = leaf.evidence();
    if (e == null) {
      return null;
    }
    String kind = e.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
    String normalSkill =
        e.skillIndex() >= 0 && e.skillIndex() < normalSkills.size()
            ? normalSkills.get(e.skillIndex())
            : null;
    List<int[]> spans = e.spans().stream().map(s -> new int[] {s.start(), s.end()}).toList();
    List<MatchResponse.FactorItem> factors =
        e.factors().stream().map(f -> new MatchResponse.FactorItem(f.name(), f.value())).toList();
    return new LineFacts(
        kind,
        e.input(),
        e.inputKind(),
        normalSkill,
        spans,
        e.matches(),
        factors,
        e.correctedFrom(),
        e.entityId(),
        e.entityType(),
        e.entityTitle(),
        e.field(),
        e.text(),
        e.matchedTerms(),
        e.relevance(),
        e.weight(),
        e.similarity());
  }

  /**
   * The first occurrence of {@code words} in {@code text} that starts and ends at word boundaries,
   * or -1.
   */
  static int wordAt(String text, String words) {
    if (words.isEmpty()) {
      return -1;
    }
    for (int from = 0; ; ) {
      int at = text.indexOf(words, from);
      if (at < 0) {
        return -1;
      }
      int end = at + words.length();
      boolean startOk = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
      boolean endOk = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
      if (startOk && endOk) {
        return at;
      }
      from = at + 1;
    }
  }
}

package org.careermatch.engine.explain;

import java.util.List;
import org.careermatch.data.Checks;

/**
 * What one explanation line stands for, structured so that a client never parses the line's prose:
 * which input (a word, phrase or clause of the interests, a listed skill, or the profile as a
 * whole) matched which entity, where the input stands in what the learner typed, and the factors
 * that multiply into the line's value.
 *
 * @param kind what kind of evidence the line is
 * @param input the learner's words as typed (for {@link Kind#ALL_WORDS}, the interests; for
 *     profile-level lines, a short summary)
 * @param inputKind "interests", "skill" or "profile"
 * @param skillIndex the 0-based index of the listed skill the line reads, else -1
 * @param spans where the matched words stand: characters of the interests, or of the skill's text
 *     when {@code skillIndex >= 0}; empty for profile-level lines
 * @param matchedTerms the analyzed terms that matched (after synonyms and stemming)
 * @param correctedFrom the typed word when a typo was corrected, else null
 * @param entityId the matched entity, or null for a line about the profile as a whole (interest
 *     type, cross-cutting)
 * @param entityType readable entity type ("emerging occupation"), or null
 * @param entityTitle the matched entity's title, or null
 * @param field the part of the entity that matched ("title", "description", "interest phrase"...),
 *     or null
 * @param text the matched text as the source writes it, or null
 * @param matches how many entities the line sums (1 for profile-level lines)
 * @param factors the numbers whose product is the line's value
 * @param relevance the Lucene BM25 score of the best match, or for a semantic match its similarity
 *     above the floor scaled to [0, 1]
 * @param weight the ranking weight applied to the best match (entity type, specificity, typo
 *     penalty)
 * @param similarity the cosine similarity of a semantic match (closeness in meaning), else null
 */
public record Evidence(
    Kind kind,
    String input,
    String inputKind,
    int skillIndex,
    List<Span> spans,
    List<String> matchedTerms,
    String correctedFrom,
    String entityId,
    String entityType,
    String entityTitle,
    String field,
    String text,
    int matches,
    List<Factor> factors,
    double relevance,
    double weight,
    Double similarity) {

  /** What kind of evidence a line is. */
  public enum Kind {
    /** A word of the interests. */
    WORD,
    /** Two words of the interests that name something together ("customer service"). */
    PHRASE,
    /** All words of the interests searched together. */
    ALL_WORDS,
    /** A listed skill, by its words. */
    SKILL,
    /** A clause of the interests, by its meaning. */
    MEANING,
    /** A listed skill, by its meaning. */
    SKILL_MEANING,
    /** The fit between the learner's interest types and the cluster's. */
    INTEREST_TYPE,
    /**
     * The boost of a cross-cutting cluster where its function meets an industry the learner shows.
     */
    CROSS_CUTTING
  }

  public Evidence {
    Checks.requireNonNull(kind, "evidence kind");
    Checks.requireNonBlank(input, "evidence input");
    Checks.requireNonBlank(inputKind, "evidence input kind");
    spans = Checks.copyOf(spans, "evidence spans");
    matchedTerms = List.copyOf(matchedTerms);
    factors = Checks.copyOf(factors, "evidence factors");
    if (matches < 1) {
      throw new IllegalArgumentException(
          "evidence must sum at least one match (was " + matches + ")");
    }
    boolean profileLevel = kind == Kind.INTEREST_TYPE || kind == Kind.CROSS_CUTTING;
    if (!profileLevel) {
      Checks.requireNonBlank(entityId, "evidence entity id");
    }
  }

  /**
   * The same evidence with its value multiplied by {@code scale} (a "score scale" factor, merged
   * with one there).
   */
  public Evidence scaledBy(double scale) {
    List<Factor> scaled = new java.util.ArrayList<>(factors.size() + 1);
    double merged = scale;
    for (Factor f : factors) {
      if (f.name().equals(SCORE_SCALE)) {
        merged *= f.value();
      } else {
        scaled.add(f);
      }
    }
    scaled.add(new Factor(SCORE_SCALE, merged));
    return new Evidence(
        kind,
        input,
        inputKind,
        skillIndex,
        spans,
        matchedTerms,
        correctedFrom,
        entityId,
        entityType,
        entityTitle,
        field,
        text,
        matches,
        scaled,
        relevance,
        weight,
        similarity);
  }

  /** The name of the factor that turns raw evidence into score points. */
  public static final String SCORE_SCALE = "score scale";

  /** The product of the factors: the line's value. */
  public double product() {
    double p = 1;
    for (Factor f : factors) {
      p *= f.value();
    }
    return p;
  }
}

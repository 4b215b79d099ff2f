package org.careermatch.engine.query;

import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.careermatch.data.Checks;
import org.careermatch.engine.explain.Span;
import org.careermatch.engine.index.WeightedTerm;

/**
 * One piece of the learner's input that is searched on its own, so that its contribution to every
 * cluster is known exactly: a word of the interests, a two-word phrase of the interests, all words
 * together, one listed skill, or (semantic matching) a clause of the interests or an unmatched
 * skill whose vector is searched for its nearest entities.
 *
 * @param input the learner's words as typed
 * @param terms the analyzed terms searched; for a semantic unit, the content terms of its text (not
 *     searched: they tell whether a job title the meaning reached names the same head, see {@code
 *     EngineConfig#modifierWeight})
 * @param correctedFrom the typed word when a typo was corrected against the index vocabulary, else
 *     null; for a semantic unit, the clause's words that look misspelled (the unit then weighs
 *     less)
 * @param weight the weight of this input (phrases and typo corrections weigh less)
 * @param vectorQuery the nearest-neighbour query of a semantic unit; null for a lexical unit
 * @param clauses the boosted terms of a lexical unit, what it is scored by; empty for a semantic
 *     unit
 * @param source which of the learner's inputs this unit reads (a clause of the interests, all words
 *     together, or a listed skill; see {@link Sources}): units of one source are not independent
 *     evidence
 * @param skillIndex the 0-based index of the listed skill a skill unit reads, else -1
 * @param spans where the matched words stand: in the interests, or in the skill's text for a skill
 *     unit
 * @param minSimilarity for a semantic unit, the similarity below which a neighbour counts for
 *     nothing (short clauses need more); NaN for a lexical unit
 */
public record QueryUnit(
    Kind kind,
    String input,
    List<String> terms,
    String correctedFrom,
    double weight,
    Query vectorQuery,
    List<WeightedTerm> clauses,
    int source,
    int skillIndex,
    List<Span> spans,
    double minSimilarity) {
  /** What kind of input a unit is. */
  public enum Kind {
    WORD("interests"),
    PHRASE("interests"),
    /** All words of the interests together: rewards entities that match several of them at once. */
    ALL("interests"),
    SKILL("skill"),
    /** A clause of the interests, matched by closeness in meaning (nearest entity vectors). */
    MEANING("interests"),
    /** A listed skill that matched no word of the index, matched by closeness in meaning. */
    SKILL_MEANING("skill");

    private final String source;

    Kind(String source) {
      this.source = source;
    }

    public String source() {
      return source;
    }

    /** Whether hits of this kind are scored by vector similarity rather than BM25. */
    public boolean semantic() {
      return this == MEANING || this == SKILL_MEANING;
    }

    /** Whether the unit reads a listed skill. */
    public boolean skill() {
      return this == SKILL || this == SKILL_MEANING;
    }
  }

  public QueryUnit {
    Checks.requireNonNull(kind, "unit kind");
    Checks.requireNonBlank(input, "unit input");
    terms = Checks.copyOfStrings(terms, "unit terms");
    if (!(weight > 0 && Double.isFinite(weight))) {
      throw new IllegalArgumentException(
          "unit weight must be positive (was " + weight + ") for '" + input + "'");
    }
    clauses = Checks.copyOf(clauses, () -> "clauses of unit '" + input + "'");
    spans = Checks.copyOf(spans, () -> "spans of unit '" + input + "'");
    if (clauses.isEmpty() != kind.semantic()) {
      throw new IllegalArgumentException(
          "a "
              + kind
              + " unit "
              + (kind.semantic() ? "has no" : "needs")
              + " term clauses"
              + " ('"
              + input
              + "')");
    }
    if ((vectorQuery == null) == kind.semantic()) {
      throw new IllegalArgumentException(
          "a "
              + kind
              + " unit "
              + (kind.semantic() ? "needs a" : "has no")
              + " vector query ('"
              + input
              + "')");
    }
    if (source < 0) {
      throw new IllegalArgumentException(
          "unit source must be >= 0 (was " + source + ") for '" + input + "'");
    }
    if (kind.skill() != (skillIndex >= 0)) {
      throw new IllegalArgumentException(
          "a "
              + kind
              + " unit "
              + (kind.skill() ? "needs" : "has no")
              + " skill index (was "
              + skillIndex
              + ") for '"
              + input
              + "'");
    }
    if (kind.semantic() != !Double.isNaN(minSimilarity)) {
      throw new IllegalArgumentException(
          "a "
              + kind
              + " unit "
              + (kind.semantic() ? "needs" : "has no")
              + " minimum similarity (was "
              + minSimilarity
              + ") for '"
              + input
              + "'");
    }
  }

  /**
   * The unit as one Lucene query: its vector query, or the disjunction of its boosted term queries
   * (what the engine's term searcher scores without running it; tests compare the two).
   */
  public Query luceneQuery() {
    if (kind.semantic()) {
      return vectorQuery;
    }
    if (clauses.size() == 1 && clauses.get(0).boost() == 1f) {
      return termQuery(clauses.get(0));
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (WeightedTerm t : clauses) {
      b.add(
          t.boost() == 1f ? termQuery(t) : new BoostQuery(termQuery(t), t.boost()),
          BooleanClause.Occur.SHOULD);
    }
    return b.build();
  }

  private static Query termQuery(WeightedTerm t) {
    return new TermQuery(new Term(t.field().fieldName(), t.term()));
  }
}

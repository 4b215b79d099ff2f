package org.careermatch.engine.index;

import org.careermatch.data.Checks;

/**
 * One analyzed term of one field and the boost it is searched with; an input's score on a document
 * is the sum of its terms' BM25 scores there times their boosts, as a disjunction of boosted {@code
 * TermQuery}s scores it.
 */
public record WeightedTerm(Field field, String term, float boost) {
  public WeightedTerm {
    Checks.requireNonNull(field, "field of a weighted term");
    Checks.requireNonBlank(term, "weighted term");
    if (!(boost > 0 && Float.isFinite(boost))) {
      throw new IllegalArgumentException(
          "boost must be positive and finite (was " + boost + ") for '" + term + "'");
    }
  }
}

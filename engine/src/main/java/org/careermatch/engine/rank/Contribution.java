package org.careermatch.engine.rank;

import org.careermatch.engine.index.EvidenceDoc;
import org.careermatch.engine.query.QueryUnit;

/**
 * What one input contributes to one cluster or sub-cluster: its best match among the entities of that group, plus
 * its further matches there at geometrically decaying weight ({@code value = sum of decay^i * match_i}), so a group
 * where the input matches many entities outweighs one where it matches a single entity, without letting one input
 * run away.
 *
 * @param doc the best-matching entity piece
 * @param relevance the Lucene BM25 score of the best match
 * @param weight the ranking weight of the best match (entity type, specificity, input weight)
 * @param value the whole contribution, best match and decayed further matches
 * @param matches how many matches it sums
 * @param similarity for a semantic input, the cosine similarity of the best match; NaN for a lexical input
 */
public record Contribution(QueryUnit unit, EvidenceDoc doc, double relevance, double weight, double value, int matches,
    double similarity) {
  public Contribution {
    if (unit.kind().semantic() == Double.isNaN(similarity)) {
      throw new IllegalArgumentException("similarity " + similarity + " does not fit a " + unit.kind() + " input");
    }
    if (!(value >= 0 && Double.isFinite(value))) {
      throw new IllegalArgumentException("contribution must be finite and non-negative (was " + value + ")");
    }
  }
}

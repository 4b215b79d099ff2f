package org.careermatch.engine.rank;

import org.careermatch.engine.index.EvidenceDoc;
import org.careermatch.engine.query.QueryUnit;

/**
 * What one input contributes to one cluster or sub-cluster: its best match among the entities of
 * that group, plus its further matches there at geometrically decaying weight ({@code value = sum
 * of decay^i * match_i}), so a group where the input matches many entities outweighs one where it
 * matches a single entity, without letting one input run away.
 *
 * @param doc the best-matching entity piece
 * @param relevance the Lucene BM25 score of the best match
 * @param weight the ranking weight of the best match (entity type, specificity, input weight)
 * @param matched the input's matches in the group: the best in full, further ones decayed
 * @param agreement the factor that caps what one input adds to a group ({@link
 *     org.careermatch.engine.EngineConfig#sourceCap()}); 1 when uncapped
 * @param matches how many matches it sums
 * @param similarity for a semantic input, the cosine similarity of the best match; NaN for a
 *     lexical input
 */
public record Contribution(
    QueryUnit unit,
    EvidenceDoc doc,
    double relevance,
    double weight,
    double matched,
    double agreement,
    int matches,
    double similarity) {
  public Contribution {
    if (unit.kind().semantic() == Double.isNaN(similarity)) {
      throw new IllegalArgumentException(
          "similarity " + similarity + " does not fit a " + unit.kind() + " input");
    }
    if (!(matched >= 0 && Double.isFinite(matched))) {
      throw new IllegalArgumentException(
          "contribution must be finite and non-negative (was " + matched + ")");
    }
    if (!(agreement > 0 && agreement <= 1)) {
      throw new IllegalArgumentException(
          "agreement factor must be in (0, 1] (was " + agreement + ")");
    }
  }

  /** What the input adds to the group: its matches, capped with the rest of its source. */
  public double value() {
    return matched * agreement;
  }
}

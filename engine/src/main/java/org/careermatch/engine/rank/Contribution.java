package org.careermatch.engine.rank;

import org.careermatch.engine.index.EvidenceDoc;
import org.careermatch.engine.query.QueryUnit;

/**
 * What one input contributes to one cluster or sub-cluster: its best match among the entities of that group.
 *
 * @param relevance the Lucene BM25 score of the match
 * @param weight entity-type weight times specificity times the input's own weight
 */
public record Contribution(QueryUnit unit, EvidenceDoc doc, double relevance, double weight) {
  public double value() {
    return relevance * weight;
  }
}

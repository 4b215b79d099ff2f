package org.careermatch.evaluation.run;

import org.careermatch.data.Checks;

/**
 * One retrieved document of a ranking: its id and the engine's score (higher is better; finite).
 */
public record ScoredDoc(String docid, double score) {
  public ScoredDoc {
    Checks.requireToken(docid, "document id");
    if (!Double.isFinite(score)) {
      throw new IllegalArgumentException(
          "score of document " + docid + " must be finite (was " + score + ")");
    }
  }
}

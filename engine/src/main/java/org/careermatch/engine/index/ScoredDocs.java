package org.careermatch.engine.index;

import org.apache.lucene.search.TopDocs;

/** The best documents of one search, best first: document numbers and their scores. */
public final class ScoredDocs {
  private final int[] docs;
  private final float[] scores;

  ScoredDocs(int[] docs, float[] scores) {
    if (docs.length != scores.length) {
      throw new IllegalArgumentException(
          docs.length + " documents but " + scores.length + " scores");
    }
    for (int i = 1; i < scores.length; i++) {
      if (scores[i] > scores[i - 1]) {
        throw new IllegalArgumentException(
            "scores must not rise (" + scores[i - 1] + " then " + scores[i] + ")");
      }
    }
    this.docs = docs;
    this.scores = scores;
  }

  /** The hits of a Lucene search, in its order. */
  public static ScoredDocs of(TopDocs top) {
    int[] docs = new int[top.scoreDocs.length];
    float[] scores = new float[docs.length];
    for (int i = 0; i < docs.length; i++) {
      docs[i] = top.scoreDocs[i].doc;
      scores[i] = top.scoreDocs[i].score;
    }
    return new ScoredDocs(docs, scores);
  }

  public int size() {
    return docs.length;
  }

  public int doc(int i) {
    return docs[i];
  }

  public float score(int i) {
    return scores[i];
  }
}

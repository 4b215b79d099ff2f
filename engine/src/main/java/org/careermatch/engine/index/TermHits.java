package org.careermatch.engine.index;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Every document one term occurs in, with its Lucene BM25 score, in document order, and the same
 * documents best first (score descending, then document number ascending, as Lucene ranks ties).
 * Read once per term from the immutable index and shared by every request.
 */
final class TermHits {
  static final TermHits EMPTY = new TermHits(new int[0], new float[0]);

  private final int[] docs;
  private final float[] scores;
  private final int[] bestFirst;

  TermHits(int[] docs, float[] scores) {
    if (docs.length != scores.length) {
      throw new IllegalArgumentException(
          docs.length + " documents but " + scores.length + " scores");
    }
    this.docs = docs;
    this.scores = scores;
    Integer[] order = new Integer[docs.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(
        order,
        Comparator.comparingDouble((Integer i) -> scores[i])
            .reversed()
            .thenComparingInt(i -> docs[i]));
    this.bestFirst = new int[order.length];
    for (int i = 0; i < order.length; i++) {
      bestFirst[i] = order[i];
    }
  }

  int size() {
    return docs.length;
  }

  /** Whether the term occurs in document {@code doc}. */
  boolean contains(int doc) {
    return Arrays.binarySearch(docs, doc) >= 0;
  }

  int doc(int i) {
    return docs[i];
  }

  float score(int i) {
    return scores[i];
  }

  /**
   * The position (for {@link #doc} and {@link #score}) of the {@code rank}-th best document, from
   * 0.
   */
  int ranked(int rank) {
    return bestFirst[rank];
  }
}

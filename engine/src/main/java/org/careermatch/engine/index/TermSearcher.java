package org.careermatch.engine.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;

/**
 * Scores a disjunction of boosted terms over the index, as {@code IndexSearcher.search(query, n)}
 * would rank it, at a fraction of the cost: each term's postings and BM25 scores are read from the
 * index once and kept (the index never changes, so this is bounded by its vocabulary), and an input
 * of several terms sums them into one array. Ties are ranked by document number, as Lucene ranks
 * them.
 */
public final class TermSearcher {
  private final IndexSearcher searcher;
  private final LeafReaderContext leaf;
  private final int maxDoc;

  /** By field ordinal: each term's hits, read on first use. */
  private final List<ConcurrentHashMap<String, TermHits>> hits;

  /**
   * Per-thread sums, one slot per document; every slot a search touches is zeroed again before it
   * returns.
   */
  private final ThreadLocal<double[]> sums;

  /** Per-thread list of the documents a search touched. */
  private final ThreadLocal<int[]> touchedDocs;

  /** Per-thread count of the word terms each document matched. */
  private final ThreadLocal<int[]> wordCounts;

  TermSearcher(IndexSearcher searcher) {
    this.searcher = searcher;
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    if (leaves.size() != 1) {
      throw new IllegalArgumentException(
          "the index must be one segment (has " + leaves.size() + ")");
    }
    this.leaf = leaves.get(0);
    this.maxDoc = searcher.getIndexReader().maxDoc();
    List<ConcurrentHashMap<String, TermHits>> byField = new ArrayList<>();
    for (int f = 0; f < Field.values().length; f++) {
      byField.add(new ConcurrentHashMap<>());
    }
    this.hits = List.copyOf(byField);
    int slots = maxDoc;
    this.sums = ThreadLocal.withInitial(() -> new double[slots]);
    this.touchedDocs = ThreadLocal.withInitial(() -> new int[slots]);
    this.wordCounts = ThreadLocal.withInitial(() -> new int[slots]);
  }

  /**
   * The {@code n} best documents of the sum of {@code terms}' boosted BM25 scores.
   *
   * @throws IllegalArgumentException when {@code terms} is empty or {@code n < 1}
   */
  public ScoredDocs search(List<WeightedTerm> terms, int n) {
    return search(terms, n, 1);
  }

  /**
   * The same, counting only documents that match at least {@code minWords} different terms of
   * {@link Field#TEXT} (a document matching fewer is left out, as if it matched nothing).
   *
   * @throws IllegalArgumentException when {@code terms} is empty, {@code n < 1} or {@code minWords
   *     < 1}
   */
  public ScoredDocs search(List<WeightedTerm> terms, int n, int minWords) {
    if (terms.isEmpty()) {
      throw new IllegalArgumentException("a search needs at least one term");
    }
    if (n < 1) {
      throw new IllegalArgumentException("n must be at least 1 (was " + n + ")");
    }
    if (minWords < 1) {
      throw new IllegalArgumentException("minWords must be at least 1 (was " + minWords + ")");
    }
    return terms.size() == 1 && minWords == 1 ? single(terms.get(0), n) : sum(terms, n, minWords);
  }

  /** Whether {@code term} occurs in {@code field} of document {@code doc}. */
  public boolean contains(Field field, String term, int doc) {
    return hits(field, term).contains(doc);
  }

  private ScoredDocs single(WeightedTerm t, int n) {
    TermHits h = hits(t.field(), t.term());
    int size = Math.min(n, h.size());
    int[] docs = new int[size];
    float[] scores = new float[size];
    for (int r = 0; r < size; r++) {
      int i = h.ranked(r);
      docs[r] = h.doc(i);
      scores[r] = t.boost() * h.score(i);
    }
    return new ScoredDocs(docs, scores);
  }

  private ScoredDocs sum(List<WeightedTerm> terms, int n, int minWords) {
    double[] acc = sums.get();
    int[] touched = touchedDocs.get();
    int[] words = wordCounts.get();
    boolean clean = false;
    try {
      ScoredDocs out = sum(terms, n, minWords, acc, touched, words);
      clean = true;
      return out;
    } finally {
      if (!clean) {
        Arrays.fill(acc, 0);
        Arrays.fill(words, 0);
      }
    }
  }

  private ScoredDocs sum(
      List<WeightedTerm> terms, int n, int minWords, double[] acc, int[] touched, int[] words) {
    int touchedCount = 0;
    for (WeightedTerm t : terms) {
      TermHits h = hits(t.field(), t.term());
      boolean word = t.field() == Field.TEXT;
      for (int i = 0; i < h.size(); i++) {
        int d = h.doc(i);
        if (acc[d] == 0) {
          touched[touchedCount++] = d;
        }
        acc[d] += t.boost() * h.score(i);
        if (word) {
          words[d]++;
        }
      }
    }
    int count = 0;
    for (int k = 0; k < touchedCount; k++) {
      int d = touched[k];
      if (words[d] >= minWords) {
        touched[count++] = d;
      } else {
        acc[d] = 0;
      }
      words[d] = 0;
    }
    // a min-heap of the n best so far: lowest score on top, and of equal scores the highest
    // document number
    int size = Math.min(n, count);
    int[] heap = new int[size];
    int filled = 0;
    for (int k = 0; k < count; k++) {
      int d = touched[k];
      if (filled < size) {
        heap[filled] = d;
        up(heap, filled++, acc);
      } else if (better(d, heap[0], acc)) {
        heap[0] = d;
        down(heap, size, acc);
      }
    }
    int[] docs = new int[size];
    float[] scores = new float[size];
    for (int r = size - 1; r >= 0; r--) {
      docs[r] = heap[0];
      scores[r] = (float) acc[heap[0]];
      heap[0] = heap[r];
      down(heap, r, acc);
    }
    for (int k = 0; k < count; k++) {
      acc[touched[k]] = 0;
    }
    return new ScoredDocs(docs, scores);
  }

  /** Whether document {@code a} ranks above document {@code b}. */
  private static boolean better(int a, int b, double[] acc) {
    float sa = (float) acc[a];
    float sb = (float) acc[b];
    return sa > sb || (sa == sb && a < b);
  }

  private static void up(int[] heap, int i, double[] acc) {
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (!better(heap[parent], heap[i], acc)) {
        break;
      }
      swap(heap, i, parent);
      i = parent;
    }
  }

  private static void down(int[] heap, int size, double[] acc) {
    int i = 0;
    while (true) {
      int l = 2 * i + 1;
      if (l >= size) {
        return;
      }
      int worst = l + 1 < size && better(heap[l], heap[l + 1], acc) ? l + 1 : l;
      if (!better(heap[i], heap[worst], acc)) {
        return;
      }
      swap(heap, i, worst);
      i = worst;
    }
  }

  private static void swap(int[] heap, int i, int j) {
    int x = heap[i];
    heap[i] = heap[j];
    heap[j] = x;
  }

  private TermHits hits(Field field, String term) {
    ConcurrentHashMap<String, TermHits> byTerm = hits.get(field.ordinal());
    TermHits h = byTerm.get(term);
    if (h == null) {
      h = read(field, term);
      if (h.size() > 0) {
        // only terms of the index are kept, so the map never outgrows the index's vocabulary
        byTerm.putIfAbsent(term, h);
      }
    }
    return h;
  }

  private TermHits read(Field field, String term) {
    try {
      Term t = new Term(field.fieldName(), term);
      Weight weight =
          searcher.createWeight(searcher.rewrite(new TermQuery(t)), ScoreMode.COMPLETE, 1f);
      Scorer scorer = weight.scorer(leaf);
      if (scorer == null) {
        return TermHits.EMPTY;
      }
      int[] docs = new int[Math.max(1, searcher.getIndexReader().docFreq(t))];
      float[] scores = new float[docs.length];
      int n = 0;
      DocIdSetIterator it = scorer.iterator();
      for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
        if (n == docs.length) {
          docs = Arrays.copyOf(docs, n * 2);
          scores = Arrays.copyOf(scores, n * 2);
        }
        docs[n] = d;
        scores[n] = scorer.score();
        n++;
      }
      return new TermHits(Arrays.copyOf(docs, n), Arrays.copyOf(scores, n));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

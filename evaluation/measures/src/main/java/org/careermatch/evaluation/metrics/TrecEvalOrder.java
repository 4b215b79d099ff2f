package org.careermatch.evaluation.metrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.careermatch.evaluation.run.ScoredDoc;

/**
 * The order in which trec_eval evaluates a query's retrieved documents (form_res_rels.c, {@code
 * comp_sim_docno}): score descending, and equal scores by document id in <em>descending</em>
 * lexicographic ({@code strcmp}) order. The rank column of a run file and the engine's own order of
 * tied documents play no part.
 *
 * <p>Ties are exact ties of the in-memory (double) scores. trec_eval reads scores from a file into
 * 32-bit floats, so scores that differ only past float precision tie there but not here; runs
 * written by {@link org.careermatch.evaluation.run.TrecRunWriter} never have such near-ties.
 */
public final class TrecEvalOrder {
  /**
   * Orders strings as C's {@code strcmp} orders their UTF-8 bytes (code point order), which is how
   * trec_eval compares query and document ids. Equals {@link String#compareTo} for ASCII.
   */
  public static final Comparator<String> STRCMP = TrecEvalOrder::compareCodePoints;

  /** Score descending, then docid descending. */
  public static final Comparator<ScoredDoc> COMPARATOR =
      Comparator.comparingDouble(ScoredDoc::score)
          .reversed()
          .thenComparing(ScoredDoc::docid, STRCMP.reversed());

  private TrecEvalOrder() {}

  /** A sorted copy of {@code ranking}. */
  public static List<ScoredDoc> sort(List<ScoredDoc> ranking) {
    List<ScoredDoc> sorted = new ArrayList<>(ranking);
    sorted.sort(COMPARATOR);
    return sorted;
  }

  /** The document ids of {@code ranking} in trec_eval's order. */
  public static List<String> docids(List<ScoredDoc> ranking) {
    return sort(ranking).stream().map(ScoredDoc::docid).toList();
  }

  private static int compareCodePoints(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Boolean.compare(i < a.length(), j < b.length());
  }
}

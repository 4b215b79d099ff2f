package org.careermatch.evaluation.metrics;

import java.util.Locale;
import java.util.Map;

/**
 * Prints an {@link Evaluation} in trec_eval's line format, {@code measure<TAB>qid<TAB>value} with 4
 * decimals, e.g. {@code ndcg_cut_3\tall\t0.6494}. Unlike trec_eval, the measure name is not padded
 * to 22 characters, so lines can be split on tabs and compared exactly; {@code cut -f} and {@code
 * awk -F'\t'} read both.
 */
public final class TrecEvalFormat {
  private TrecEvalFormat() {}

  /** The summary: one {@code all} line per metric, in metric order. */
  public static String summary(Evaluation evaluation) {
    StringBuilder sb = new StringBuilder();
    evaluation.means().forEach((m, v) -> sb.append(line(m.name(), "all", v)));
    return sb.toString();
  }

  /**
   * As {@code trec_eval -q}: for each evaluated query in qid order, a line per metric, then the
   * summary. With {@link Averaging#ALL_TOPICS}, queries absent from the run are listed too (with
   * 0), as current trec_eval does.
   */
  public static String perQuery(Evaluation evaluation) {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, Map<Metric, Double>> q : evaluation.perQuery().entrySet()) {
      q.getValue().forEach((m, v) -> sb.append(line(m.name(), q.getKey(), v)));
    }
    return sb.append(summary(evaluation)).toString();
  }

  /** One line, with its line end. */
  public static String line(String measure, String qid, double value) {
    return measure + "\t" + qid + "\t" + String.format(Locale.ROOT, "%.4f", value) + "\n";
  }
}

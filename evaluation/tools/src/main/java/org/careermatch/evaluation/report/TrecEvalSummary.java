package org.careermatch.evaluation.report;

import org.careermatch.evaluation.metrics.Evaluation;
import org.careermatch.evaluation.metrics.TrecEvalFormat;
import org.careermatch.evaluation.runner.SuiteEvaluator;

/**
 * The command line's result lines, trec_eval's format: {@code num_q} and the cluster-level means,
 * then the same for the sub-cluster level prefixed {@value #SUB_PREFIX}; with per-query lines
 * first, as {@code trec_eval -q}, if asked.
 */
public final class TrecEvalSummary {
  /** Prefix of the sub-cluster-level lines. */
  public static final String SUB_PREFIX = "sub_";

  private TrecEvalSummary() {}

  public static String render(SuiteEvaluator.Result result, boolean perQuery) {
    StringBuilder sb = new StringBuilder();
    sb.append(block(result.clusters(), "", perQuery));
    if (result.hasSubClusters()) {
      sb.append(block(result.subClusters(), SUB_PREFIX, perQuery));
    }
    return sb.toString();
  }

  private static String block(Evaluation e, String prefix, boolean perQuery) {
    StringBuilder sb = new StringBuilder();
    if (perQuery) {
      e.perQuery()
          .forEach(
              (qid, values) ->
                  values.forEach(
                      (m, v) -> sb.append(TrecEvalFormat.line(prefix + m.name(), qid, v))));
    }
    sb.append(prefix).append("num_q\tall\t").append(e.numQueries()).append('\n');
    e.means().forEach((m, v) -> sb.append(TrecEvalFormat.line(prefix + m.name(), "all", v)));
    return sb.toString();
  }
}

package org.careermatch.evaluation.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.careermatch.data.Checks;
import org.careermatch.evaluation.compare.Comparison;
import org.careermatch.evaluation.compare.QueryDelta;
import org.careermatch.evaluation.compare.RandomizationTest;
import org.careermatch.evaluation.metrics.Averaging;
import org.careermatch.evaluation.metrics.Evaluation;
import org.careermatch.evaluation.metrics.Metric;
import org.careermatch.evaluation.metrics.TrecEvalOrder;

/**
 * Readable Markdown reports for people: the overall metrics and the worst queries, each followed by
 * an explanation the caller supplies (typically the query text, the relevant answers and what the
 * engine returned, with its reasons). The report knows nothing of the engine; {@code explanation}
 * maps a qid to Markdown text, and may return null or blank for "nothing to say". Values are
 * printed with 4 decimals.
 */
public final class MarkdownReport {
  private MarkdownReport() {}

  /**
   * An evaluation report.
   *
   * @param title the first heading
   * @param evaluation what to report
   * @param sortBy the metric whose lowest values make the worst queries (ties by qid)
   * @param worst how many worst queries to list (0 for none)
   * @param explanation qid -> Markdown explanation printed under the query
   */
  public static String render(
      String title,
      Evaluation evaluation,
      Metric sortBy,
      int worst,
      Function<String, String> explanation) {
    Checks.requireNonBlank(title, "report title");
    Checks.requireNonNull(evaluation, "evaluation");
    Checks.requireNonNull(explanation, "explanation");
    if (worst < 0) {
      throw new IllegalArgumentException(
          "number of worst queries must be >= 0 (was " + worst + ")");
    }
    if (!evaluation.metrics().contains(sortBy)) {
      throw new IllegalArgumentException(
          "metric " + sortBy + " was not evaluated (evaluated: " + evaluation.metrics() + ")");
    }
    StringBuilder md = new StringBuilder();
    md.append("# ").append(title).append("\n\n");
    md.append(evaluation.numQueries())
        .append(" queries evaluated (")
        .append(
            evaluation.averaging() == Averaging.ALL_TOPICS
                ? "every judged topic; topics missing from the run score 0"
                : "judged topics present in the run, as trec_eval by default")
        .append(").\n\n");
    md.append("| metric | mean |\n|---|---:|\n");
    evaluation
        .means()
        .forEach(
            (m, v) -> md.append("| ").append(m.name()).append(" | ").append(f(v)).append(" |\n"));

    List<Map.Entry<String, Double>> ranked = new ArrayList<>(evaluation.values(sortBy).entrySet());
    ranked.sort(
        Map.Entry.<String, Double>comparingByValue()
            .thenComparing(Map.Entry.comparingByKey(TrecEvalOrder.STRCMP)));
    List<Map.Entry<String, Double>> shown = ranked.subList(0, Math.min(worst, ranked.size()));
    if (shown.isEmpty()) {
      return md.toString();
    }
    md.append("\n## ")
        .append(shown.size())
        .append(" worst queries by ")
        .append(sortBy.name())
        .append("\n\n");
    md.append("| # | query |");
    evaluation.metrics().forEach(m -> md.append(' ').append(m.name()).append(" |"));
    md.append("\n|---:|---|");
    evaluation.metrics().forEach(m -> md.append("---:|"));
    md.append('\n');
    for (int i = 0; i < shown.size(); i++) {
      String qid = shown.get(i).getKey();
      md.append("| ").append(i + 1).append(" | `").append(cell(qid)).append("` |");
      for (Metric m : evaluation.metrics()) {
        md.append(' ').append(f(evaluation.value(qid, m))).append(" |");
      }
      md.append('\n');
    }
    for (int i = 0; i < shown.size(); i++) {
      String qid = shown.get(i).getKey();
      md.append("\n### ")
          .append(i + 1)
          .append(". `")
          .append(qid)
          .append("`: ")
          .append(sortBy.name())
          .append(' ')
          .append(f(shown.get(i).getValue()))
          .append("\n\n");
      appendExplanation(md, explanation.apply(qid));
    }
    return md.toString();
  }

  /**
   * A comparison report: means, the randomization test, and the candidate's worst regressions, each
   * with the caller's explanation.
   *
   * @param test the test's result for {@code comparison}, or null to leave it out
   */
  public static String comparison(
      String title,
      Comparison comparison,
      RandomizationTest.Result test,
      int worst,
      Function<String, String> explanation) {
    Checks.requireNonBlank(title, "report title");
    Checks.requireNonNull(comparison, "comparison");
    Checks.requireNonNull(explanation, "explanation");
    if (worst < 0) {
      throw new IllegalArgumentException(
          "number of worst queries must be >= 0 (was " + worst + ")");
    }
    String metric = comparison.metric().name();
    StringBuilder md = new StringBuilder();
    md.append("# ").append(title).append("\n\n");
    md.append("| ").append(metric).append(" | value |\n|---|---:|\n");
    md.append("| baseline | ").append(f(comparison.baselineMean())).append(" |\n");
    md.append("| candidate | ").append(f(comparison.candidateMean())).append(" |\n");
    md.append("| difference | ").append(signed(comparison.meanDifference())).append(" |\n");
    md.append("\n")
        .append(comparison.size())
        .append(" queries: ")
        .append(comparison.wins())
        .append(" better, ")
        .append(comparison.losses())
        .append(" worse, ")
        .append(comparison.ties())
        .append(" unchanged.");
    if (test != null) {
      md.append(" Paired randomization test (two-sided, ")
          .append(test.permutations())
          .append(" permutations, seed ")
          .append(test.seed())
          .append("): p = ")
          .append(f(test.pValue()))
          .append('.');
    }
    md.append('\n');
    List<QueryDelta> regressions =
        comparison.byDelta().stream()
            .filter(q -> q.delta() < -Comparison.TIE_TOLERANCE)
            .limit(worst)
            .toList();
    if (regressions.isEmpty()) {
      return md.toString();
    }
    md.append("\n## ").append(regressions.size()).append(" largest regressions\n\n");
    md.append("| # | query | baseline | candidate | difference |\n|---:|---|---:|---:|---:|\n");
    for (int i = 0; i < regressions.size(); i++) {
      QueryDelta q = regressions.get(i);
      md.append("| ")
          .append(i + 1)
          .append(" | `")
          .append(cell(q.qid()))
          .append("` | ")
          .append(f(q.baseline()))
          .append(" | ")
          .append(f(q.candidate()))
          .append(" | ")
          .append(signed(q.delta()))
          .append(" |\n");
    }
    for (int i = 0; i < regressions.size(); i++) {
      QueryDelta q = regressions.get(i);
      md.append("\n### ")
          .append(i + 1)
          .append(". `")
          .append(q.qid())
          .append("`: ")
          .append(metric)
          .append(' ')
          .append(f(q.baseline()))
          .append(" -> ")
          .append(f(q.candidate()))
          .append("\n\n");
      appendExplanation(md, explanation.apply(q.qid()));
    }
    return md.toString();
  }

  private static void appendExplanation(StringBuilder md, String text) {
    if (text == null || text.isBlank()) {
      md.append("_no explanation_\n");
    } else {
      md.append(text.strip()).append('\n');
    }
  }

  private static String f(double v) {
    return String.format(Locale.ROOT, "%.4f", v);
  }

  private static String signed(double v) {
    return String.format(Locale.ROOT, "%+.4f", v);
  }

  private static String cell(String s) {
    return s.replace("|", "\\|");
  }
}

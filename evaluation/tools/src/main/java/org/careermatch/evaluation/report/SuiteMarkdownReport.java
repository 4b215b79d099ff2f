package org.careermatch.evaluation.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.careermatch.evaluation.compare.Comparison;
import org.careermatch.evaluation.metrics.Metric;
import org.careermatch.evaluation.run.Run;
import org.careermatch.evaluation.run.ScoredDoc;
import org.careermatch.evaluation.runner.SuiteEvaluator;
import org.careermatch.evaluation.suite.Qrels;
import org.careermatch.evaluation.suite.Suite;
import org.careermatch.evaluation.suite.Topic;

/**
 * The command line's {@code --report-md}: per level, a {@link MarkdownReport} of the {@value
 * #WORST} worst queries by the level's first measure, each with its text, its relevant answers and
 * the top 5 of the ranking; with a comparison, the {@value #WORST} largest regressions with both
 * rankings.
 */
public final class SuiteMarkdownReport {
  /** Worst queries explained per section. */
  public static final int WORST = 10;

  private static final int TOP = 5;

  private SuiteMarkdownReport() {}

  public static String render(
      SuiteEvaluator.Result base, String system, ConfigComparison compared) {
    String suite = base.suite().name();
    StringBuilder md = new StringBuilder();
    List<Suite.Level> levels = ConfigComparison.levels(base);
    for (Suite.Level level : levels) {
      if (md.length() > 0) {
        md.append('\n');
      }
      Metric primary = SuiteEvaluator.metrics(level).get(0);
      md.append(
          MarkdownReport.render(
              suite + ", " + ConfigComparison.levelName(level) + " level: " + system,
              base.evaluation(level),
              primary,
              WORST,
              qid -> explain(base, level, qid, null)));
    }
    if (compared != null) {
      for (Suite.Level level : levels) {
        Metric primary = SuiteEvaluator.metrics(level).get(0);
        Comparison c = compared.comparison(base, level, primary);
        md.append('\n')
            .append(
                MarkdownReport.comparison(
                    suite
                        + ", "
                        + ConfigComparison.levelName(level)
                        + " level: base vs "
                        + compared.change(),
                    c,
                    compared.test().test(c),
                    WORST,
                    qid -> explain(base, level, qid, compared.candidate())));
      }
    }
    return md.toString();
  }

  /** A query's text, its relevant answers and the top of the ranking(s), in Markdown. */
  private static String explain(
      SuiteEvaluator.Result base, Suite.Level level, String qid, SuiteEvaluator.Result candidate) {
    Topic topic = base.suite().topic(qid).orElse(null);
    Qrels qrels = base.suite().qrels(level);
    StringBuilder md = new StringBuilder();
    if (topic != null) {
      md.append("Query: ").append(topic.text().replace("\n", " ")).append("\n\n");
    }
    List<String> relevant = new ArrayList<>();
    qrels
        .judgments(qid)
        .forEach(
            (docid, grade) -> {
              if (grade > 0) {
                relevant.add("`" + docid + "` (" + grade + ")");
              }
            });
    md.append("Relevant: ")
        .append(relevant.isEmpty() ? "none" : String.join(", ", relevant))
        .append("\n\n");
    Function<SuiteEvaluator.Result, Run> run =
        r -> level == Suite.Level.CLUSTER ? r.runs().clusters() : r.runs().subClusters();
    md.append(candidate == null ? "Ranked: " : "Base ranked: ")
        .append(top(run.apply(base), qrels, qid))
        .append('\n');
    if (candidate != null) {
      md.append("\nCandidate ranked: ").append(top(run.apply(candidate), qrels, qid)).append('\n');
    }
    return md.toString();
  }

  private static String top(Run run, Qrels qrels, String qid) {
    List<String> parts = new ArrayList<>();
    List<ScoredDoc> ranking = run.ranking(qid);
    for (int i = 0; i < Math.min(TOP, ranking.size()); i++) {
      ScoredDoc d = ranking.get(i);
      String score = String.format(Locale.ROOT, "%.2f", d.score());
      parts.add(
          (i + 1)
              + ". `"
              + d.docid()
              + "` "
              + (score.equals("-0.00") ? "0.00" : score)
              + (qrels.isRelevant(qid, d.docid()) ? " (relevant)" : ""));
    }
    return parts.isEmpty() ? "nothing" : String.join(", ", parts);
  }
}

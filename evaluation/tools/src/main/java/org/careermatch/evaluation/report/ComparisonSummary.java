package org.careermatch.evaluation.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.careermatch.evaluation.compare.Comparison;
import org.careermatch.evaluation.compare.QueryDelta;
import org.careermatch.evaluation.compare.RandomizationTest;
import org.careermatch.evaluation.metrics.Metric;
import org.careermatch.evaluation.runner.SuiteEvaluator;
import org.careermatch.evaluation.suite.Suite;

/**
 * The command line's comparison of two configurations, printed after the base's summary: per level
 * and measure both means, the difference, better/worse/same and the randomization test's p; then
 * the queries whose first measure changed (the {@value #CHANGED_SHOWN} largest losses and gains
 * when there are more than twice as many).
 */
public final class ComparisonSummary {
  /** Queries listed per level. */
  public static final int CHANGED_SHOWN = 10;

  private ComparisonSummary() {}

  public static String render(SuiteEvaluator.Result base, ConfigComparison compared) {
    StringBuilder sb = new StringBuilder();
    RandomizationTest test = compared.test();
    sb.append("\n# paired comparison: base (above) vs candidate = base with ")
        .append(compared.change())
        .append('\n');
    sb.append("# randomization test: two-sided, ")
        .append(test.permutations())
        .append(" permutations, seed ")
        .append(test.seed())
        .append("; better/worse/same count the candidate's queries\n");
    sb.append("level\tmeasure\tbase\tcandidate\tdiff\tbetter\tworse\tsame\tp\n");
    for (Suite.Level level : ConfigComparison.levels(base)) {
      for (Metric m : SuiteEvaluator.metrics(level)) {
        Comparison c = compared.comparison(base, level, m);
        RandomizationTest.Result t = test.test(c);
        sb.append(ConfigComparison.levelName(level))
            .append('\t')
            .append(m.name())
            .append('\t')
            .append(f(c.baselineMean()))
            .append('\t')
            .append(f(c.candidateMean()))
            .append('\t')
            .append(signed(c.meanDifference()))
            .append('\t')
            .append(c.wins())
            .append('\t')
            .append(c.losses())
            .append('\t')
            .append(c.ties())
            .append('\t')
            .append(f(t.pValue()))
            .append('\n');
      }
    }
    for (Suite.Level level : ConfigComparison.levels(base)) {
      Metric m = SuiteEvaluator.metrics(level).get(0);
      List<QueryDelta> changed =
          compared.comparison(base, level, m).byDelta().stream()
              .filter(q -> Math.abs(q.delta()) > Comparison.TIE_TOLERANCE)
              .toList();
      sb.append("\n# ")
          .append(ConfigComparison.levelName(level))
          .append(' ')
          .append(m.name())
          .append(": ")
          .append(changed.size())
          .append(" queries changed");
      if (changed.isEmpty()) {
        sb.append('\n');
        continue;
      }
      List<QueryDelta> shown = changed;
      if (changed.size() > 2 * CHANGED_SHOWN) {
        shown = new ArrayList<>(changed.subList(0, CHANGED_SHOWN));
        shown.addAll(changed.subList(changed.size() - CHANGED_SHOWN, changed.size()));
        sb.append("; the ")
            .append(CHANGED_SHOWN)
            .append(" largest losses and gains (all in --report-json)");
      }
      sb.append("\nqid\tbase\tcandidate\tdiff\n");
      for (QueryDelta q : shown) {
        sb.append(q.qid())
            .append('\t')
            .append(f(q.baseline()))
            .append('\t')
            .append(f(q.candidate()))
            .append('\t')
            .append(signed(q.delta()))
            .append('\n');
      }
    }
    return sb.toString();
  }

  private static String f(double v) {
    return String.format(Locale.ROOT, "%.4f", v);
  }

  private static String signed(double v) {
    return String.format(Locale.ROOT, "%+.4f", v);
  }
}

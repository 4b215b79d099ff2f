package org.careermatch.evaluation.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.Map;
import org.careermatch.evaluation.compare.Comparison;
import org.careermatch.evaluation.compare.RandomizationTest;
import org.careermatch.evaluation.metrics.Metric;
import org.careermatch.evaluation.runner.SuiteEvaluator;
import org.careermatch.evaluation.suite.Suite;

/**
 * The command line's {@code --report-json}: {@code {"about", "cluster", "subCluster",
 * "comparison"}}, each level a {@link JsonReport.Document} (full-precision values; {@link
 * JsonReport#parse} reads one back), the comparison per level with each measure's means,
 * difference, better/worse/same and p, and the candidate's own document. Built as records and
 * written by Jackson.
 */
public final class SuiteJsonReport {
  /**
   * The whole report; {@code subCluster} and {@code comparison} are left out when there are none.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Report(
      Map<String, String> about,
      JsonReport.Document cluster,
      JsonReport.Document subCluster,
      ComparisonReport comparison) {}

  /** The comparison of a candidate configuration with the base. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ComparisonReport(
      String candidate,
      String test,
      int permutations,
      long seed,
      LevelComparison cluster,
      LevelComparison subCluster) {}

  /** One level's comparison: measure -> numbers, and the candidate's own report. */
  public record LevelComparison(
      Map<String, MeasureComparison> measures, JsonReport.Document candidate) {}

  /** One measure compared, query by query. */
  public record MeasureComparison(
      double base,
      double candidate,
      double difference,
      int better,
      int worse,
      int same,
      double p) {}

  private SuiteJsonReport() {}

  /** The report of {@code base}, with {@code compared} when not null. */
  public static Report report(
      SuiteEvaluator.Result base, Map<String, String> about, ConfigComparison compared) {
    ComparisonReport comparison = null;
    if (compared != null) {
      LevelComparison[] levels = new LevelComparison[2];
      for (Suite.Level level : ConfigComparison.levels(base)) {
        Map<String, MeasureComparison> measures = new LinkedHashMap<>();
        for (Metric m : SuiteEvaluator.metrics(level)) {
          Comparison c = compared.comparison(base, level, m);
          RandomizationTest.Result t = compared.test().test(c);
          measures.put(
              m.name(),
              new MeasureComparison(
                  c.baselineMean(),
                  c.candidateMean(),
                  c.meanDifference(),
                  c.wins(),
                  c.losses(),
                  c.ties(),
                  t.pValue()));
        }
        Map<String, String> candidateAbout = new LinkedHashMap<>(about);
        candidateAbout.put("change", compared.change());
        levels[level.ordinal()] =
            new LevelComparison(measures, level(compared.candidate(), level, candidateAbout));
      }
      comparison =
          new ComparisonReport(
              compared.change(),
              "paired randomization test, two-sided",
              compared.test().permutations(),
              compared.test().seed(),
              levels[0],
              levels[1]);
    }
    return new Report(
        about,
        level(base, Suite.Level.CLUSTER, about),
        base.hasSubClusters() ? level(base, Suite.Level.SUB_CLUSTER, about) : null,
        comparison);
  }

  public static String render(
      SuiteEvaluator.Result base, Map<String, String> about, ConfigComparison compared) {
    return JsonReport.write(report(base, about, compared));
  }

  private static JsonReport.Document level(
      SuiteEvaluator.Result r, Suite.Level level, Map<String, String> about) {
    Map<String, String> a = new LinkedHashMap<>(about);
    a.put("level", ConfigComparison.levelName(level));
    return JsonReport.document(r.evaluation(level), a);
  }
}

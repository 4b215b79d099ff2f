package org.careermatch.evaluation.tune;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careermatch.data.DataLoader;
import org.careermatch.engine.ClusterMatch;
import org.careermatch.engine.Engine;
import org.careermatch.engine.EngineConfig;
import org.careermatch.engine.EngineConfigs;
import org.careermatch.engine.LearnerProfile;
import org.careermatch.engine.MatchResult;
import org.careermatch.evaluation.suite.Suite;
import org.careermatch.evaluation.suite.Topic;

/**
 * The cross-cutting layer's own measure: of the profiles whose judges found a cross-cutting cluster
 * relevant (grade 1 or 2) beside an industry cluster graded 2, the share with both in the top 3,
 * and whether the cross-cutting one names that industry in {@code appliesIn}. Prints each such
 * profile with its top 3.
 *
 * <pre>
 * java -cp evaluation/tools/target/careermatch-evaluation.jar org.careermatch.evaluation.tune.CrossCuttingStudy [suite] [k=v...]
 * </pre>
 */
public final class CrossCuttingStudy {
  private static final Set<String> CROSS_CUTTING =
      Set.of("digital-technology", "management-entrepreneurship", "marketing-sales");

  private CrossCuttingStudy() {}

  public static void main(String[] args) throws IOException {
    String name = "dev/student-voice";
    Map<String, String> settings = new java.util.LinkedHashMap<>();
    for (String a : args) {
      if (a.contains("=")) {
        settings.put(a.substring(0, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
      } else {
        name = a;
      }
    }
    EngineConfig config = EngineConfigs.with(EngineConfig.defaults(), settings);
    Engine engine = Engine.create(DataLoader.loadDefault(), config, Sweep.cached(), null);
    Suite suite = TuneSuites.load(name);
    int eligible = 0;
    int both = 0;
    int linked = 0;
    for (Topic t : suite.topics()) {
      Map<String, Integer> g = suite.clusterQrels().judgments(t.id());
      boolean cc =
          g.entrySet().stream()
              .anyMatch(e -> CROSS_CUTTING.contains(e.getKey()) && e.getValue() >= 1);
      boolean industry =
          g.entrySet().stream()
              .anyMatch(e -> !CROSS_CUTTING.contains(e.getKey()) && e.getValue() == 2);
      if (!cc || !industry) {
        continue;
      }
      eligible++;
      MatchResult r = engine.match(new LearnerProfile(t.interests(), t.skills(), null));
      List<ClusterMatch> top = r.clusters().subList(0, Math.min(3, r.clusters().size()));
      ClusterMatch topCc = null;
      boolean topIndustry = false;
      List<String> shown = new ArrayList<>();
      for (ClusterMatch c : top) {
        String id = c.id();
        int grade = g.getOrDefault(id, 0);
        shown.add(id + "(" + grade + ")");
        if (CROSS_CUTTING.contains(id) && grade >= 1 && topCc == null) {
          topCc = c;
        }
        if (!CROSS_CUTTING.contains(id) && grade == 2) {
          topIndustry = true;
        }
      }
      boolean ok = topCc != null && topIndustry;
      boolean link = false;
      if (ok) {
        both++;
        link = topCc.appliesIn().stream().anyMatch(a -> g.getOrDefault(a.clusterId(), 0) == 2);
        if (link) {
          linked++;
        }
      }
      System.out.printf(
          "%s %s %s | %s%n",
          ok ? (link ? "OK+LINK" : "OK     ") : "MISS   ",
          t.id(),
          shown,
          t.interests().length() > 90 ? t.interests().substring(0, 90) : t.interests());
    }
    System.out.printf(
        "%s: %d profiles with a relevant cross-cutting cluster beside an industry graded 2; both in the"
            + " top 3: %d (%.0f%%); of those, the cross-cutting one names a graded-2 industry in appliesIn: %d%n",
        name, eligible, both, 100.0 * both / Math.max(1, eligible), linked);
  }
}

package org.careermatch.evaluation.runner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.careermatch.data.FrameworkData;
import org.careermatch.engine.ClusterMatch;
import org.careermatch.engine.Engine;
import org.careermatch.engine.EngineConfig;
import org.careermatch.engine.LearnerProfile;
import org.careermatch.engine.MatchResult;
import org.careermatch.engine.semantic.OnnxEmbedder;
import org.careermatch.evaluation.run.Run;
import org.careermatch.evaluation.suite.Suite;
import org.careermatch.evaluation.suite.Topic;

/**
 * Runs a suite in process against the engine: every cluster and every sub-cluster ranked for each
 * topic.
 */
public final class EngineRunner implements SuiteRunner {
  private final Engine engine;

  public EngineRunner(Engine engine) {
    this.engine = engine;
  }

  /**
   * The engine as the service runs it by default: lexical and semantic matching, entity vectors
   * from the build.
   *
   * @throws org.careermatch.engine.semantic.SemanticUnavailableException when the model cannot be
   *     loaded here
   */
  public static Engine semanticEngine(FrameworkData data, EngineConfig config) {
    return Engine.create(data, config, OnnxEmbedder.load(), null);
  }

  @Override
  public Runs run(Suite suite) {
    Run.Builder clusters = Run.builder();
    Run.Builder subClusters = Run.builder();
    for (Topic t : suite.topics()) {
      MatchResult r;
      try {
        r = engine.match(new LearnerProfile(t.interests(), t.skills(), t.framework()));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "suite " + suite.name() + ", topic " + t.id() + ": " + e.getMessage(), e);
      }
      clusters.query(t.id());
      subClusters.query(t.id());
      List<ClusterMatch.SubClusterMatch> subs = new ArrayList<>();
      for (ClusterMatch c : r.clusters()) {
        clusters.add(t.id(), c.id(), c.score());
        subs.addAll(c.subClusters());
      }
      subs.sort(
          Comparator.comparingDouble(ClusterMatch.SubClusterMatch::score)
              .reversed()
              .thenComparing(ClusterMatch.SubClusterMatch::id));
      for (ClusterMatch.SubClusterMatch s : subs) {
        subClusters.add(t.id(), s.id(), s.score());
      }
    }
    return new Runs(clusters.build(), subClusters.build());
  }
}

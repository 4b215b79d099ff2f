package org.careermatch.evaluation.tune;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.careermatch.data.DataLoader;
import org.careermatch.engine.Engine;
import org.careermatch.engine.EngineConfig;
import org.careermatch.engine.LearnerProfile;
import org.careermatch.engine.query.QueryUnit;
import org.careermatch.engine.query.UnitExtractor;
import org.careermatch.engine.semantic.CachedEmbedder;
import org.careermatch.evaluation.suite.Suite;
import org.careermatch.evaluation.suite.Topic;

/**
 * The clauses read by meaning of every judged topic of some suites, each with its topic's cluster
 * judgments.
 */
final class JudgedClauses {
  /** What a study does with one clause. */
  interface Visitor {
    void visit(QueryUnit clause, Map<String, Integer> judged) throws IOException;
  }

  /** An engine and an extractor with no similarity floor, so a study sees every neighbour. */
  record Unfloored(EngineConfig config, Engine engine, UnitExtractor extractor) {
    static Unfloored load() {
      EngineConfig config =
          EngineConfig.builder()
              .semanticFloor(0)
              .semanticShortFloor(0)
              .semanticUnknownFloor(0)
              .semanticMargin(1)
              .build();
      CachedEmbedder model = Sweep.cached();
      Engine engine = Engine.create(DataLoader.loadDefault(), config, model, null);
      return new Unfloored(config, engine, new UnitExtractor(engine.index(), config, model));
    }
  }

  private JudgedClauses() {}

  static void forEach(List<String> suiteNames, UnitExtractor extractor, Visitor visitor)
      throws IOException {
    for (String name : suiteNames) {
      Suite suite = TuneSuites.load(name);
      for (Topic t : suite.topics()) {
        Map<String, Integer> judged = suite.clusterQrels().judgments(t.id());
        if (judged.isEmpty()) {
          continue;
        }
        UnitExtractor.Extraction e =
            extractor.extract(new LearnerProfile(t.interests(), t.skills(), null));
        for (QueryUnit u : e.units()) {
          if (u.kind() == QueryUnit.Kind.MEANING) {
            visitor.visit(u, judged);
          }
        }
      }
    }
  }
}

package org.careermatch.api.evaluation;

import org.careermatch.api.system.Budget;
import org.careermatch.evaluation.run.Run;
import org.careermatch.evaluation.runner.EngineRunner;
import org.careermatch.evaluation.runner.SuiteRunner;
import org.careermatch.evaluation.suite.Qrels;
import org.careermatch.evaluation.suite.Suite;
import org.careermatch.evaluation.suite.Topic;

/**
 * The evaluation module's {@link EngineRunner}, one topic at a time, checking the request's {@link
 * Budget} before each: once the budget has run out or the client has gone, the remaining topics are
 * not computed.
 */
final class BudgetedRunner implements SuiteRunner {
  private final EngineRunner engine;
  private final Budget budget;
  private int computed;

  BudgetedRunner(EngineRunner engine, Budget budget) {
    this.engine = engine;
    this.budget = budget;
  }

  @Override
  public Runs run(Suite suite) {
    Run.Builder clusters = Run.builder();
    Run.Builder subClusters = Run.builder();
    Qrels none = Qrels.builder().build();
    for (Topic t : suite.topics()) {
      budget.check();
      Runs one = engine.run(new Suite(suite.name(), java.util.List.of(t), none, none));
      computed++;
      clusters.ranking(t.id(), one.clusters().ranking(t.id()));
      subClusters.ranking(t.id(), one.subClusters().ranking(t.id()));
    }
    return new Runs(clusters.build(), subClusters.build());
  }

  /** Topics computed so far. */
  int computed() {
    return computed;
  }
}

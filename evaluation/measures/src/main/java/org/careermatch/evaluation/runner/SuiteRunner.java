package org.careermatch.evaluation.runner;

import org.careermatch.evaluation.run.Run;
import org.careermatch.evaluation.suite.Suite;

/** Produces cluster-level and sub-cluster-level runs for every topic of a suite. */
public interface SuiteRunner {
  /** The two runs of one suite: clusters ranked per topic, and sub-clusters ranked per topic. */
  record Runs(Run clusters, Run subClusters) {}

  Runs run(Suite suite);
}

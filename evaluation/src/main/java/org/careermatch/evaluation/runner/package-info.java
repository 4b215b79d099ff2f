/**
 * Producing runs for a suite: from the engine in process ({@link org.careermatch.evaluation.runner.EngineRunner}),
 * from the naive BM25 baseline ({@link org.careermatch.evaluation.runner.BaselineRunner}) or from a running api
 * ({@link org.careermatch.evaluation.runner.HttpRunner}); evaluating both levels
 * ({@link org.careermatch.evaluation.runner.SuiteEvaluator}); changing engine settings by name
 * ({@link org.careermatch.evaluation.runner.EngineConfigs}).
 */
package org.careermatch.evaluation.runner;

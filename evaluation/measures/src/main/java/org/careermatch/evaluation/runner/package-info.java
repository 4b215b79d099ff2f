/**
 * Producing runs for a suite ({@link org.careermatch.evaluation.runner.SuiteRunner}): from the
 * engine in process ({@link org.careermatch.evaluation.runner.EngineRunner}; the tools module adds
 * the baseline and HTTP runners), and evaluating both levels ({@link
 * org.careermatch.evaluation.runner.SuiteEvaluator}).
 */
package org.careermatch.evaluation.runner;

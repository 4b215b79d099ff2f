/**
 * The regression gate: the numbers every bundled suite must keep, engine and baseline
 * ({@link org.careermatch.evaluation.gate.RegressionTable}, {@link org.careermatch.evaluation.gate.RegressionGate}),
 * checked in as {@code src/test/resources/careermatch/regression.tsv} and checked by {@code RegressionGateTest}.
 */
package org.careermatch.evaluation.gate;

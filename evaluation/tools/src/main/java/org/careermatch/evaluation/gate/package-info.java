/**
 * The regression gate: the numbers every bundled suite must keep, engine and baseline ({@link
 * org.careermatch.evaluation.gate.RegressionTable}, {@link
 * org.careermatch.evaluation.gate.RegressionGate}), checked in as {@code
 * src/test/resources/careermatch/regression.tsv}, checked by {@code RegressionGateTest} and
 * regenerated on purpose by the command {@link org.careermatch.evaluation.gate.RegressionUpdate}.
 */
package org.careermatch.evaluation.gate;

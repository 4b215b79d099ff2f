/**
 * Comparing two runs: query by query on one metric ({@link
 * org.careermatch.evaluation.compare.Comparison}) and with a seeded paired randomization test
 * ({@link org.careermatch.evaluation.compare.RandomizationTest}).
 */
package org.careermatch.evaluation.compare;

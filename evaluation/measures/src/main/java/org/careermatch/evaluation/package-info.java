/**
 * Offline evaluation of careermatch, the measures: relevance suites and their formats ({@code
 * suite}), runs in the TREC format ({@code run}), trec_eval-compatible metrics ({@code metrics}),
 * paired comparisons and randomization tests ({@code compare}), and running a suite through a
 * system ({@code runner}: the interface, the in-process engine runner, {@code SuiteEvaluator}). The
 * evaluation tools module adds the bundled suites, the baseline and HTTP runners, reports, the
 * regression gate, benchmarks and the command line ({@code org.careermatch.evaluation.cli.Main}).
 * Malformed input files fail with an {@link org.careermatch.evaluation.InputFormatException} naming
 * the file and line.
 */
package org.careermatch.evaluation;

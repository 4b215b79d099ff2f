/**
 * Offline evaluation of careermatch: relevance suites ({@code suite}), runs in the TREC format ({@code run}),
 * trec_eval-compatible metrics ({@code metrics}), paired comparisons and randomization tests ({@code compare}), JSON
 * and Markdown reports ({@code report}), runners that produce runs from the engine, the baseline or the api
 * ({@code runner}), the regression gate ({@code gate}), JMH benchmarks ({@code bench}) and the command line
 * ({@link org.careermatch.evaluation.Main}). Malformed input files fail with an
 * {@link org.careermatch.evaluation.InputFormatException} naming the file and line.
 */
package org.careermatch.evaluation;

/**
 * Offline evaluation of careermatch, independent of the engine: relevance suites ({@code suite}), runs in the TREC
 * format ({@code run}), trec_eval-compatible metrics ({@code metrics}), paired comparisons and randomization tests
 * ({@code compare}), and JSON and Markdown reports ({@code report}). Malformed input files fail with an
 * {@link org.careermatch.evaluation.InputFormatException} naming the file and line.
 */
package org.careermatch.evaluation;

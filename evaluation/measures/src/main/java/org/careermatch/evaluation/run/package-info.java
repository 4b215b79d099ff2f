/**
 * Runs: per query, the engine's ranked (docid, score) list ({@link
 * org.careermatch.evaluation.run.Run}), and the TREC run format ({@link
 * org.careermatch.evaluation.run.TrecRunWriter}, {@link
 * org.careermatch.evaluation.run.TrecRunReader}).
 */
package org.careermatch.evaluation.run;

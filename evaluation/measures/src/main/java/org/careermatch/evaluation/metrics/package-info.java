/**
 * Metrics computed exactly as trec_eval computes them: ndcg_cut, P, recall, success, recip_rank and
 * map, with trec_eval's tie order ({@link org.careermatch.evaluation.metrics.TrecEvalOrder}) and
 * its query averaging ({@link org.careermatch.evaluation.metrics.Averaging}); output in trec_eval's
 * line format ({@link org.careermatch.evaluation.metrics.TrecEvalFormat}).
 */
package org.careermatch.evaluation.metrics;

/**
 * The naive BM25 baseline the engine is measured against ({@link
 * org.careermatch.evaluation.baseline.BaselineRunner}).
 */
package org.careermatch.evaluation.baseline;

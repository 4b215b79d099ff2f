/**
 * Relevance suites: {@link org.careermatch.evaluation.suite.Topic}s with cluster and sub-cluster
 * {@link org.careermatch.evaluation.suite.Qrels}, read from TREC files or JSON ({@link
 * org.careermatch.evaluation.suite.Suites}) and written as TREC files ({@link
 * org.careermatch.evaluation.suite.TrecSuiteWriter}). The formats are described with the bundled
 * suites, in the evaluation tools' {@code careermatch/suites/README.md}.
 */
package org.careermatch.evaluation.suite;

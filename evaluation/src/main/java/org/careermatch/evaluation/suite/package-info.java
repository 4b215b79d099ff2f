/**
 * Relevance suites: {@link org.careermatch.evaluation.suite.Topic}s with cluster and sub-cluster
 * {@link org.careermatch.evaluation.suite.Qrels}, read from TREC files or JSON
 * ({@link org.careermatch.evaluation.suite.Suites}), and the generator of the suites derived from index-data
 * ({@link org.careermatch.evaluation.suite.DerivedSuites}). The bundled suites are described in
 * {@code careermatch/suites/README.md}.
 */
package org.careermatch.evaluation.suite;

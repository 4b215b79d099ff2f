/**
 * The relevance suites bundled with the evaluation tools ({@link
 * org.careermatch.evaluation.bundled.BundledSuites}, described in {@code
 * careermatch/suites/README.md}) and the generator of the three derived from index-data ({@link
 * org.careermatch.evaluation.bundled.DerivedSuites}).
 */
package org.careermatch.evaluation.bundled;

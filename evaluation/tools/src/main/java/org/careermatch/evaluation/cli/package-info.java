/**
 * The evaluation command line ({@link org.careermatch.evaluation.cli.Main}), see the evaluation
 * README.
 */
package org.careermatch.evaluation.cli;

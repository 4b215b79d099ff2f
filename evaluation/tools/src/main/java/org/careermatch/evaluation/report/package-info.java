/**
 * Reports of an evaluation: JSON for machines ({@link
 * org.careermatch.evaluation.report.JsonReport}) and Markdown listing the worst queries with
 * caller-supplied explanations ({@link org.careermatch.evaluation.report.MarkdownReport}).
 */
package org.careermatch.evaluation.report;

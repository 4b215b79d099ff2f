/**
 * Runs a suite against a running careermatch api ({@link
 * org.careermatch.evaluation.http.HttpRunner}).
 */
package org.careermatch.evaluation.http;

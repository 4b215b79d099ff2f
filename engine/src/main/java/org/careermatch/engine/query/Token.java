package org.careermatch.engine.query;

import org.careermatch.engine.explain.Span;

/**
 * One analyzed term of the learner's text with the characters it came from.
 *
 * @param term the analyzed term (after synonyms and stemming)
 * @param surface the words as typed, lower case
 * @param span where they stand in the text
 */
public record Token(String term, String surface, Span span) {}

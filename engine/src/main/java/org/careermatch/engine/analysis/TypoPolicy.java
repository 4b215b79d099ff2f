package org.careermatch.engine.analysis;

/**
 * How far a word may be from the word it is taken for: the one typo policy of careermatch, for matching (the
 * correction of an interest word against the index's vocabulary), occupation search and skill typeahead alike.
 *
 * <p>No correction below {@value #MIN_LENGTH} characters ("cat" is not a typo of "car"), nor for words with a digit
 * ("3d", "h2o"); 1 edit up to {@value #ONE_EDIT_MAX_LENGTH} characters, 2 edits above (the most Lucene's Levenshtein
 * automata support). An edit is an insertion, a deletion, a substitution or a transposition of adjacent characters.
 */
public final class TypoPolicy {
  /** Shorter words are never corrected. */
  public static final int MIN_LENGTH = 4;
  /** Words up to this length may be 1 edit off; longer ones 2. */
  public static final int ONE_EDIT_MAX_LENGTH = 5;
  /** The most edits the policy ever allows. */
  public static final int MAX_EDITS = 2;

  private TypoPolicy() {}

  /** The edits a word of this many characters may be off by: 0 below 4, 1 up to 5, 2 above. */
  public static int maxEdits(int termLength) {
    if (termLength < 0) {
      throw new IllegalArgumentException("a term length cannot be negative: " + termLength);
    }
    return termLength < MIN_LENGTH ? 0 : termLength <= ONE_EDIT_MAX_LENGTH ? 1 : MAX_EDITS;
  }

  /** The edits this word may be off by: {@link #maxEdits(int)} of its length in code points, 0 when it has a digit. */
  public static int maxEdits(String term) {
    if (term == null || term.chars().anyMatch(Character::isDigit)) {
      return 0;
    }
    return maxEdits(term.codePointCount(0, term.length()));
  }
}

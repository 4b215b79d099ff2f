package org.careermatch.engine.analysis;

/**
 * The one rule for how far a typed word may be from a known word and still be read as it: no
 * correction below {@code minLength} characters or in words with digits, one edit up to {@code
 * oneEditMaxLength} characters, two edits above. Used by the matcher's typo correction (and by
 * anything else that forgives typos).
 */
public record TypoPolicy(int minLength, int oneEditMaxLength) {
  /** The engine's default: no correction below 4 characters, 1 edit up to 5, 2 above. */
  public static final TypoPolicy DEFAULT = new TypoPolicy(4, 5);

  public TypoPolicy {
    if (minLength < 1 || minLength > 50) {
      throw new IllegalArgumentException(
          "typo minLength must be in [1, 50] (was " + minLength + ")");
    }
    if (oneEditMaxLength < minLength - 1 || oneEditMaxLength > 50) {
      throw new IllegalArgumentException(
          "typo oneEditMaxLength must be in [minLength - 1, 50] (was "
              + oneEditMaxLength
              + ", minLength "
              + minLength
              + ")");
    }
  }

  /** Whether a word may be corrected at all. */
  public boolean corrects(String word) {
    return word.length() >= minLength && word.chars().noneMatch(Character::isDigit);
  }

  /** How many edits a correction of {@code word} may make: 0, 1 or 2. */
  public int maxEdits(String word) {
    if (!corrects(word)) {
      return 0;
    }
    return word.length() <= oneEditMaxLength ? 1 : 2;
  }
}

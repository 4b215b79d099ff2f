package org.careermatch.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TypoPolicyTest {
  @Test
  void noCorrectionBelowFourCharactersOneEditUpToFiveTwoAbove() {
    int[] expected = {0, 0, 0, 0, 1, 1, 2, 2, 2, 2, 2};
    for (int length = 0; length < expected.length; length++) {
      assertEquals(expected[length], TypoPolicy.maxEdits(length), "length " + length);
    }
    assertEquals(2, TypoPolicy.maxEdits(40));
    assertEquals(TypoPolicy.MIN_LENGTH, 4);
    assertEquals(TypoPolicy.ONE_EDIT_MAX_LENGTH, 5);
  }

  @Test
  void aWordIsMeasuredInCharactersAndOneWithADigitIsNeverCorrected() {
    assertEquals(0, TypoPolicy.maxEdits("cat"));
    assertEquals(1, TypoPolicy.maxEdits("pyht"));
    assertEquals(1, TypoPolicy.maxEdits("nurse"));
    assertEquals(2, TypoPolicy.maxEdits("pyhton"));
    assertEquals(1, TypoPolicy.maxEdits("caf\u00e9s"), "5 characters, not 6 UTF-16 units or bytes");
    assertEquals(0, TypoPolicy.maxEdits("python3"));
    assertEquals(0, TypoPolicy.maxEdits("2024s"));
    assertEquals(0, TypoPolicy.maxEdits((String) null));
  }

  @Test
  void aNegativeLengthIsAMistake() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TypoPolicy.maxEdits(-1));
    assertEquals("a term length cannot be negative: -1", e.getMessage());
  }
}

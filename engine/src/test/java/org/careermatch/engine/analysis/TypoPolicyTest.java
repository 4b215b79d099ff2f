package org.careermatch.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TypoPolicyTest {
  @Test
  void theDefaultCorrectsNothingBelowFourCharactersOneEditUpToFiveTwoAbove() {
    String[] words = {"", "a", "ab", "cat", "pyht", "nurse", "pyhton", "welding", "machinist"};
    int[] edits = {0, 0, 0, 0, 1, 1, 2, 2, 2};
    for (int i = 0; i < words.length; i++) {
      assertEquals(edits[i], TypoPolicy.DEFAULT.maxEdits(words[i]), words[i]);
    }
  }

  @Test
  void aWordWithADigitIsNeverCorrected() {
    assertEquals(0, TypoPolicy.DEFAULT.maxEdits("python3"));
    assertEquals(0, TypoPolicy.DEFAULT.maxEdits("2024s"));
  }

  @Test
  void limitsOutOfRangeAreRefusedNamingTheValue() {
    assertEquals(
        "typo minLength must be in [1, 50] (was 0)",
        assertThrows(IllegalArgumentException.class, () -> new TypoPolicy(0, 5)).getMessage());
    assertEquals(1, new TypoPolicy(3, 3).maxEdits("cat"));
  }
}

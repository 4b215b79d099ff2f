package org.careermatch.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class LearnerProfileTest {
  @Test
  void emptyProfileIsRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> new LearnerProfile(" ", List.of(), null));
    assertTrue(e.getMessage().contains("interests or at least one skill"), e.getMessage());
  }

  @Test
  void tooLongInterestsAreRejectedWithTheLength() {
    String text = "a".repeat(2001);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> LearnerProfile.of(text));
    assertTrue(e.getMessage().contains("2001") && e.getMessage().contains("2000"), e.getMessage());
    assertEquals(2000, LearnerProfile.of("a".repeat(2000)).interests().length());
  }

  @Test
  void tooManySkillsAreRejected() {
    List<String> skills = new ArrayList<>(Collections.nCopies(51, "x"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new LearnerProfile("", skills, null));
    assertTrue(e.getMessage().contains("51") && e.getMessage().contains("50"), e.getMessage());
  }

  @Test
  void blankSkillsAreRejectedAndDuplicatesCollapse() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new LearnerProfile("", java.util.Arrays.asList("Python", null), null));
    assertEquals(
        List.of("Python"), new LearnerProfile("", List.of("Python", " python "), null).skills());
  }

  @Test
  void frameworkDefaultsTo2024() {
    assertEquals("nccf-2024", LearnerProfile.of("art").framework());
  }
}

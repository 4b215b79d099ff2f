package org.careermatch.evaluation.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.OptionalInt;
import org.careermatch.engine.ProfileViolation;
import org.junit.jupiter.api.Test;

/**
 * A topic keeps the engine's profile rules and says so in the engine's words, as the evaluations
 * endpoint does.
 */
class TopicTest {
  private static IllegalArgumentException refused(String interests, List<String> skills) {
    return assertThrows(
        IllegalArgumentException.class, () -> new Topic("q1", interests, skills, "nccf-2024"));
  }

  @Test
  void aBlankSkillIsNamedByItsPositionFromOne() {
    IllegalArgumentException e = refused("art", List.of("Python", " "));
    assertEquals("topic 'q1': skill 2 is blank", e.getMessage());
    ProfileViolation v = assertInstanceOf(ProfileViolation.class, e.getCause());
    assertEquals(ProfileViolation.Rule.BLANK_SKILL, v.rule());
    assertEquals(OptionalInt.of(2), v.item());
  }

  @Test
  void theEnginesLimitsHold() {
    assertEquals(
        "topic 'q1': skill 1 is 101 characters long; at most 100 are allowed",
        refused("", List.of("x".repeat(101))).getMessage());
    assertEquals(
        "topic 'q1': a profile needs interests or at least one skill; both are empty",
        refused(" ", List.of()).getMessage());
  }
}

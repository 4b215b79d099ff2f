package org.careermatch.engine;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import org.careermatch.engine.ProfileViolation.Rule;
import org.junit.jupiter.api.Test;

class ProfileRulesTest {
  private static ProfileViolation violation(String interests, List<String> skills) {
    ProfileViolation v =
        assertThrows(ProfileViolation.class, () -> ProfileRules.check(interests, skills));
    // LearnerProfile's constructor raises the same violation
    ProfileViolation same =
        assertThrows(ProfileViolation.class, () -> new LearnerProfile(interests, skills, null));
    assertEquals(v.getMessage(), same.getMessage());
    assertEquals(v.rule(), same.rule());
    return v;
  }

  private static void assertViolation(
      ProfileViolation v,
      Rule rule,
      String field,
      OptionalInt item,
      OptionalInt limit,
      String message) {
    assertEquals(rule, v.rule());
    assertEquals(field, v.field());
    assertEquals(item, v.item());
    assertEquals(limit, v.limit());
    assertEquals(message, v.getMessage());
  }

  @Test
  void interestsOverTheLimit() {
    assertViolation(
        violation(" " + "a".repeat(2001) + " ", List.of()),
        Rule.INTERESTS_TOO_LONG,
        "interests",
        OptionalInt.empty(),
        OptionalInt.of(2000),
        "interests are 2001 characters long; at most 2000 are allowed");
    assertDoesNotThrow(() -> ProfileRules.check("a".repeat(2000), null));
  }

  @Test
  void tooManySkills() {
    List<String> skills = new ArrayList<>(Collections.nCopies(51, "x"));
    assertViolation(
        violation("", skills),
        Rule.TOO_MANY_SKILLS,
        "skills",
        OptionalInt.empty(),
        OptionalInt.of(50),
        "51 skills were given; at most 50 are allowed");
    assertDoesNotThrow(() -> ProfileRules.check("", skills.subList(0, 50)));
  }

  @Test
  void aBlankSkillIsNamedByItsPositionFromOne() {
    assertViolation(
        violation("art", Arrays.asList("Python", " \t")),
        Rule.BLANK_SKILL,
        "skills",
        OptionalInt.of(2),
        OptionalInt.empty(),
        "skill 2 is blank");
    assertViolation(
        violation("art", Arrays.asList((String) null)),
        Rule.BLANK_SKILL,
        "skills",
        OptionalInt.of(1),
        OptionalInt.empty(),
        "skill 1 is blank");
  }

  @Test
  void aSkillOverTheLimitIsNamedByItsPosition() {
    assertViolation(
        violation("", List.of("SQL", "Python", "x".repeat(101))),
        Rule.SKILL_TOO_LONG,
        "skills",
        OptionalInt.of(3),
        OptionalInt.of(100),
        "skill 3 is 101 characters long; at most 100 are allowed");
    assertDoesNotThrow(() -> ProfileRules.check("", List.of("  " + "x".repeat(100) + "  ")));
  }

  @Test
  void anEmptyProfile() {
    ProfileViolation v = violation("  ", null);
    assertViolation(
        v,
        Rule.EMPTY_PROFILE,
        null,
        OptionalInt.empty(),
        OptionalInt.empty(),
        "a profile needs interests or at least one skill; both are empty");
    assertNull(v.field());
  }

  @Test
  void theFirstRuleBrokenIsTheOneReported() {
    List<String> skills = new ArrayList<>(Collections.nCopies(51, " "));
    assertEquals(Rule.INTERESTS_TOO_LONG, violation("a".repeat(2001), skills).rule());
    assertEquals(Rule.TOO_MANY_SKILLS, violation("", skills).rule());
    assertEquals(Rule.BLANK_SKILL, violation("", List.of(" ", "x".repeat(101))).rule());
  }

  @Test
  void ruleCodesAreKebabCase() {
    assertEquals("interests-too-long", Rule.INTERESTS_TOO_LONG.code());
    assertEquals("too-many-skills", Rule.TOO_MANY_SKILLS.code());
    assertEquals("blank-skill", Rule.BLANK_SKILL.code());
    assertEquals("skill-too-long", Rule.SKILL_TOO_LONG.code());
    assertEquals("empty-profile", Rule.EMPTY_PROFILE.code());
  }
}

package org.careermatch.engine;

import java.util.Locale;
import java.util.OptionalInt;

/**
 * A learner profile that breaks a rule of {@link ProfileRules}: which rule, which field and item,
 * and the limit. The message is written from these alone, so it never quotes what the learner
 * wrote.
 */
public final class ProfileViolation extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The rules of a profile. */
  public enum Rule {
    /** The interests are longer than {@link ProfileRules#MAX_INTERESTS_LENGTH} characters. */
    INTERESTS_TOO_LONG,
    /** More than {@link ProfileRules#MAX_SKILLS} skills. */
    TOO_MANY_SKILLS,
    /** A skill is empty or only whitespace. */
    BLANK_SKILL,
    /** A skill is longer than {@link ProfileRules#MAX_SKILL_LENGTH} characters. */
    SKILL_TOO_LONG,
    /** Neither interests nor a skill. */
    EMPTY_PROFILE;

    /** The rule's name in kebab case, as the api and reports show it: "skill-too-long". */
    public String code() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  private final Rule rule;
  private final String field;
  private final int item;
  private final int limit;

  private ProfileViolation(Rule rule, String field, int item, int limit, String message) {
    super(message);
    this.rule = rule;
    this.field = field;
    this.item = item;
    this.limit = limit;
  }

  static ProfileViolation interestsTooLong(int length) {
    return new ProfileViolation(
        Rule.INTERESTS_TOO_LONG,
        "interests",
        0,
        ProfileRules.MAX_INTERESTS_LENGTH,
        "interests are "
            + length
            + " characters long; at most "
            + ProfileRules.MAX_INTERESTS_LENGTH
            + " are allowed");
  }

  static ProfileViolation tooManySkills(int count) {
    return new ProfileViolation(
        Rule.TOO_MANY_SKILLS,
        "skills",
        0,
        ProfileRules.MAX_SKILLS,
        count + " skills were given; at most " + ProfileRules.MAX_SKILLS + " are allowed");
  }

  static ProfileViolation blankSkill(int item) {
    return new ProfileViolation(Rule.BLANK_SKILL, "skills", item, 0, "skill " + item + " is blank");
  }

  static ProfileViolation skillTooLong(int item, int length) {
    return new ProfileViolation(
        Rule.SKILL_TOO_LONG,
        "skills",
        item,
        ProfileRules.MAX_SKILL_LENGTH,
        "skill "
            + item
            + " is "
            + length
            + " characters long; at most "
            + ProfileRules.MAX_SKILL_LENGTH
            + " are allowed");
  }

  static ProfileViolation empty() {
    return new ProfileViolation(
        Rule.EMPTY_PROFILE,
        null,
        0,
        0,
        "a profile needs interests or at least one skill; both are empty");
  }

  /** What is wrong. */
  public Rule rule() {
    return rule;
  }

  /** The field at fault, "interests" or "skills"; null when the profile as a whole is (empty). */
  public String field() {
    return field;
  }

  /** The 1-based position of the skill at fault, when one skill is. */
  public OptionalInt item() {
    return item > 0 ? OptionalInt.of(item) : OptionalInt.empty();
  }

  /** The limit broken (characters or skills), when the rule has one. */
  public OptionalInt limit() {
    return limit > 0 ? OptionalInt.of(limit) : OptionalInt.empty();
  }
}

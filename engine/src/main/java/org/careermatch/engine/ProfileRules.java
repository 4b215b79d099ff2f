package org.careermatch.engine;

import java.util.List;

/**
 * The one rulebook of a learner profile, used by {@link LearnerProfile}'s constructor and by
 * everything that checks a profile before it becomes one (the api's match, batch and evaluation
 * endpoints, the evaluation suites). A profile breaking a rule gets a {@link ProfileViolation}
 * naming the rule, the field and item, and the limit.
 *
 * <p>Rules, checked in this order on the text as given (stripped of surrounding whitespace):
 * interests at most {@value #MAX_INTERESTS_LENGTH} characters; at most {@value #MAX_SKILLS} skills;
 * no blank skill; each skill at most {@value #MAX_SKILL_LENGTH} characters; interests or at least
 * one skill.
 */
public final class ProfileRules {
  public static final int MAX_INTERESTS_LENGTH = 2000;
  public static final int MAX_SKILLS = 50;
  public static final int MAX_SKILL_LENGTH = 100;

  private ProfileRules() {}

  /**
   * Checks interests and skills as a learner gave them (null means none).
   *
   * @throws ProfileViolation naming the first rule broken
   */
  public static void check(String interests, List<String> skills) {
    int interestsLength = interests == null ? 0 : interests.strip().length();
    if (interestsLength > MAX_INTERESTS_LENGTH) {
      throw ProfileViolation.interestsTooLong(interestsLength);
    }
    List<String> list = skills == null ? List.of() : skills;
    if (list.size() > MAX_SKILLS) {
      throw ProfileViolation.tooManySkills(list.size());
    }
    for (int i = 0; i < list.size(); i++) {
      String s = list.get(i);
      if (s == null || s.isBlank()) {
        throw ProfileViolation.blankSkill(i + 1);
      }
      int length = s.strip().length();
      if (length > MAX_SKILL_LENGTH) {
        throw ProfileViolation.skillTooLong(i + 1, length);
      }
    }
    if (interestsLength == 0 && list.isEmpty()) {
      throw ProfileViolation.empty();
    }
  }
}

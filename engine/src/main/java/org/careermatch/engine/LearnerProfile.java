package org.careermatch.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.careermatch.data.Framework;

/**
 * What a learner tells careermatch: free-text interests, a list of skills, and the framework to
 * answer in. The rules it must keep are {@link ProfileRules}'.
 *
 * @param interests free text, at most {@value #MAX_INTERESTS_LENGTH} characters (may be empty when
 *     skills are given)
 * @param skills at most {@value #MAX_SKILLS} skills, each at most {@value #MAX_SKILL_LENGTH}
 *     characters
 * @param framework the framework id to answer in; {@link Framework#NCCF_2024} when null or blank
 */
public record LearnerProfile(String interests, List<String> skills, String framework) {
  public static final int MAX_INTERESTS_LENGTH = ProfileRules.MAX_INTERESTS_LENGTH;
  public static final int MAX_SKILLS = ProfileRules.MAX_SKILLS;
  public static final int MAX_SKILL_LENGTH = ProfileRules.MAX_SKILL_LENGTH;

  /**
   * Checks the profile against {@link ProfileRules} and puts it in the engine's form: text
   * stripped, skills de-duplicated case-insensitively (first spelling kept), the default framework
   * when none is given.
   *
   * @throws ProfileViolation when a rule is broken
   */
  public LearnerProfile {
    ProfileRules.check(interests, skills);
    interests = interests == null ? "" : interests.strip();
    List<String> cleaned = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (String s : skills == null ? List.<String>of() : skills) {
      String stripped = s.strip();
      if (seen.add(stripped.toLowerCase(Locale.ROOT))) {
        cleaned.add(stripped);
      }
    }
    skills = List.copyOf(cleaned);
    framework = framework == null || framework.isBlank() ? Framework.NCCF_2024 : framework.strip();
  }

  public static LearnerProfile of(String interests, String... skills) {
    return new LearnerProfile(interests, List.of(skills), null);
  }

  public LearnerProfile inFramework(String frameworkId) {
    return new LearnerProfile(interests, skills, frameworkId);
  }
}

package org.careermatch.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.careermatch.data.Framework;

/**
 * What a learner tells careermatch: free-text interests, a list of skills, and the framework to answer in.
 *
 * @param interests free text, at most {@value #MAX_INTERESTS_LENGTH} characters (may be empty when skills are given)
 * @param skills at most {@value #MAX_SKILLS} skills, each at most {@value #MAX_SKILL_LENGTH} characters
 * @param framework the framework id to answer in; {@link Framework#NCCF_2024} when null or blank
 */
public record LearnerProfile(String interests, List<String> skills, String framework) {
  public static final int MAX_INTERESTS_LENGTH = 2000;
  public static final int MAX_SKILLS = 50;
  public static final int MAX_SKILL_LENGTH = 100;

  public LearnerProfile {
    interests = interests == null ? "" : interests.strip();
    if (interests.length() > MAX_INTERESTS_LENGTH) {
      throw new IllegalArgumentException("interests are " + interests.length() + " characters long; at most "
          + MAX_INTERESTS_LENGTH + " are allowed");
    }
    if (skills == null) {
      skills = List.of();
    }
    if (skills.size() > MAX_SKILLS) {
      throw new IllegalArgumentException(skills.size() + " skills were given; at most " + MAX_SKILLS + " are allowed");
    }
    List<String> cleaned = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (int i = 0; i < skills.size(); i++) {
      String s = skills.get(i);
      if (s == null || s.isBlank()) {
        throw new IllegalArgumentException("skill " + (i + 1) + " is blank");
      }
      s = s.strip();
      if (s.length() > MAX_SKILL_LENGTH) {
        throw new IllegalArgumentException("skill " + (i + 1) + " is " + s.length() + " characters long; at most "
            + MAX_SKILL_LENGTH + " are allowed");
      }
      if (seen.add(s.toLowerCase(Locale.ROOT))) {
        cleaned.add(s);
      }
    }
    skills = List.copyOf(cleaned);
    framework = framework == null || framework.isBlank() ? Framework.NCCF_2024 : framework.strip();
    if (interests.isEmpty() && skills.isEmpty()) {
      throw new IllegalArgumentException("a profile needs interests or at least one skill; both are empty");
    }
  }

  public static LearnerProfile of(String interests, String... skills) {
    return new LearnerProfile(interests, List.of(skills), null);
  }

  public LearnerProfile inFramework(String frameworkId) {
    return new LearnerProfile(interests, skills, frameworkId);
  }
}

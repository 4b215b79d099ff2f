package org.careermatch.evaluation.suite;

import java.util.List;
import org.careermatch.data.Framework;
import org.careermatch.evaluation.Checks;

/**
 * One query of a relevance suite: a learner profile as the engine receives it.
 *
 * @param id the query id (qid), a token without whitespace
 * @param interests what the learner wrote about their interests; may be empty when {@code skills} is not
 * @param skills skills the learner listed, in their order; may be empty when {@code interests} is not
 * @param framework the framework the learner wants answers in, e.g. {@code nccf-2024}
 */
public record Topic(String id, String interests, List<String> skills, String framework) {
  public Topic {
    Checks.requireToken(id, "topic id");
    Checks.requireNonNull(interests, "interests of topic " + id);
    Checks.requireNonNull(skills, "skills of topic " + id);
    for (String skill : skills) {
      if (skill == null || skill.isBlank()) {
        throw new IllegalArgumentException("topic " + id + " has a blank skill (was " + Checks.quote(skill) + ")");
      }
    }
    skills = List.copyOf(skills);
    Checks.requireToken(framework, "framework of topic " + id);
    if (interests.isBlank() && skills.isEmpty()) {
      throw new IllegalArgumentException("topic " + id + " has neither interests nor skills");
    }
  }

  /** A TREC topic: its text is the interests; no skills; the 2024 framework. */
  public static Topic ofText(String id, String text) {
    return new Topic(id, text, List.of(), Framework.NCCF_2024);
  }

  /** Interests and skills as one line, for reports: {@code interests [skills: a; b]}. */
  public String text() {
    if (skills.isEmpty()) {
      return interests;
    }
    String listed = "[skills: " + String.join("; ", skills) + "]";
    return interests.isBlank() ? listed : interests + " " + listed;
  }
}

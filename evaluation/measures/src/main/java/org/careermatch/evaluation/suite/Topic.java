package org.careermatch.evaluation.suite;

import java.util.List;
import org.careermatch.data.Checks;
import org.careermatch.data.Framework;
import org.careermatch.engine.ProfileRules;
import org.careermatch.engine.ProfileViolation;

/**
 * One query of a relevance suite: a learner profile as the engine receives it, keeping the engine's
 * {@link ProfileRules}.
 *
 * @param id the query id (qid), a token without whitespace
 * @param interests what the learner wrote about their interests; may be empty when {@code skills}
 *     is not
 * @param skills skills the learner listed, in their order; may be empty when {@code interests} is
 *     not
 * @param framework the framework the learner wants answers in, e.g. {@code nccf-2024}
 */
public record Topic(String id, String interests, List<String> skills, String framework) {
  public Topic {
    Checks.requireToken(id, "topic id");
    Checks.requireNonNull(interests, "interests of topic " + id);
    Checks.requireNonNull(skills, "skills of topic " + id);
    try {
      // the engine's rulebook, in the engine's words, as the api's evaluations endpoint says it
      ProfileRules.check(interests, skills);
    } catch (ProfileViolation v) {
      throw new IllegalArgumentException("topic " + Checks.quote(id) + ": " + v.getMessage(), v);
    }
    skills = List.copyOf(skills);
    Checks.requireToken(framework, "framework of topic " + id);
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

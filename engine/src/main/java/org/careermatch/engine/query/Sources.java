package org.careermatch.engine.query;

import java.util.List;
import org.careermatch.data.Checks;

/**
 * The learner's independent inputs, which the units of an extraction read: each clause of the
 * interests, all words together, and each listed skill. Source {@code i < clauses.size()} is clause
 * i; {@link #all()} is all words together; {@link #skill(int)} is a listed skill. Evidence from
 * several sources agrees; evidence from one source (a word and the clause it stands in) does not.
 */
public record Sources(List<Clause> clauses, List<String> skills) {
  public Sources {
    clauses = Checks.copyOf(clauses, "clauses");
    skills = Checks.copyOfStrings(skills, "skills");
  }

  public int all() {
    return clauses.size();
  }

  public int skill(int skillIndex) {
    return clauses.size() + 1 + skillIndex;
  }

  public int size() {
    return clauses.size() + 1 + skills.size();
  }

  /**
   * The clause a character of the interests belongs to (the last clause starting at or before it).
   */
  public int clauseAt(int offset) {
    int found = 0;
    for (int i = 0; i < clauses.size(); i++) {
      if (clauses.get(i).span().start() <= offset) {
        found = i;
      }
    }
    return found;
  }
}

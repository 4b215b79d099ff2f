package org.careermatch.engine.search;

import java.util.List;
import java.util.Objects;

/**
 * A skill suggested by {@link SkillSuggester}.
 *
 * @param id the skill's id
 * @param name the skill's name
 * @param matchedAlias the alias that matched when the name did not match as well, else null
 * @param clusters the clusters that list it
 */
public record SkillSuggestion(String id, String name, String matchedAlias, List<String> clusters) {
  public SkillSuggestion {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    clusters = List.copyOf(clusters);
  }
}

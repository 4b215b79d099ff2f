package org.careermatch.data;

import java.util.List;

/**
 * A high-demand specialized or software skill, de-duplicated across clusters.
 *
 * @param name the normalized form
 * @param aliases misspellings and spelling variants that mean this skill
 * @param listings every cluster listing, as written
 */
public record Skill(String id, String name, List<String> aliases, List<SkillListing> listings) {
  public Skill {
    Checks.requireSlug(id, "skill id");
    Checks.requireNonBlank(name, "name of skill " + id);
    aliases = Checks.copyOfStrings(aliases, "aliases of skill " + id);
    listings = Checks.copyOf(listings, "listings of skill " + id);
    if (listings.isEmpty()) {
      throw new IllegalArgumentException("skill " + id + " has no listing");
    }
  }

  /** The clusters that list this skill, in listing order, without repeats. */
  public List<ClusterId> clusters() {
    return listings.stream().map(SkillListing::cluster).distinct().toList();
  }
}

package org.careermatch.data;

import java.util.List;

/**
 * A high-demand specialized or software skill, de-duplicated across clusters.
 *
 * @param name the normalized form
 * @param aliases misspellings and spelling variants that mean this skill
 * @param listings every cluster listing, as written
 * @param product whether the name is a product's or a brand's (Blender, Zoom, Toast): authored,
 *     false when absent. A language model reads such a name by its everyday sense (a kitchen
 *     blender), so the engine matches it by its words only, never by closeness in meaning.
 */
public record Skill(
    String id, String name, List<String> aliases, List<SkillListing> listings, boolean product) {
  /** A skill whose name is not a product's. */
  public Skill(String id, String name, List<String> aliases, List<SkillListing> listings) {
    this(id, name, aliases, listings, false);
  }

  public Skill {
    Checks.requireSlug(id, "skill id");
    Checks.requireNonBlank(name, "name of skill " + id);
    aliases = Checks.copyOfStrings(aliases, "aliases of skill " + id);
    listings = Checks.copyOf(listings, "listings of skill " + id);
    if (listings.isEmpty()) {
      throw new IllegalArgumentException("skill " + id + " has no listing");
    }
    if (product) {
      for (SkillListing l : listings) {
        if (l.kind() != SkillKind.SOFTWARE) {
          throw new IllegalArgumentException(
              "skill "
                  + id
                  + " is marked a product but is listed as "
                  + l.kind().name().toLowerCase(java.util.Locale.ROOT)
                  + " in "
                  + l.cluster().value());
        }
      }
    }
  }

  /** The clusters that list this skill, in listing order, without repeats. */
  public List<ClusterId> clusters() {
    return listings.stream().map(SkillListing::cluster).distinct().toList();
  }
}

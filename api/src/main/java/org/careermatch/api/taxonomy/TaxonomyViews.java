package org.careermatch.api.taxonomy;

import java.util.List;

/**
 * The response records of the taxonomy endpoints. Provenance is the data files' label, e.g. {@code
 * report}.
 */
final class TaxonomyViews {
  private TaxonomyViews() {}

  /** Prose with where it came from. */
  record Text(String text, String provenance) {}

  record Naics(String code, String title) {}

  record Ref(String id, String title) {}

  record ClusterSummary(
      String id,
      String title,
      List<String> aliases,
      String caption,
      boolean crossCutting,
      List<Ref> subClusters) {}

  /**
   * Everything index-data holds about one cluster. Its long lists (skills, occupations, emerging
   * occupations, places of work, SOC occupations, programs, applications) are paged together: each
   * holds at most {@code limit} items from {@code offset}, and {@code totals} says how many each
   * has in all.
   *
   * @param skills the skills the cluster lists, with the listings under this cluster
   * @param applications cross-cutting applications: of this cluster if it is cross-cutting, in it
   *     if not
   * @param page which part of the long lists this answer holds
   */
  record ClusterDetail(
      String id,
      String title,
      List<String> aliases,
      String caption,
      boolean crossCutting,
      List<Naics> naicsSectors,
      Text definition,
      String provenance,
      List<SubClusterSummary> subClusters,
      List<SkillView> skills,
      List<OccupationView> occupations,
      List<OccupationView> emergingOccupations,
      List<PlaceView> placesOfWork,
      List<CrosswalkView> socOccupations,
      List<CrosswalkView> programs,
      List<ApplicationView> applications,
      Page page) {

    ClusterDetail paged(int offset, int limit) {
      return new ClusterDetail(
          id,
          title,
          aliases,
          caption,
          crossCutting,
          naicsSectors,
          definition,
          provenance,
          subClusters,
          Page.cut(skills, offset, limit),
          Page.cut(occupations, offset, limit),
          Page.cut(emergingOccupations, offset, limit),
          Page.cut(placesOfWork, offset, limit),
          Page.cut(socOccupations, offset, limit),
          Page.cut(programs, offset, limit),
          Page.cut(applications, offset, limit),
          new Page(
              offset,
              limit,
              new Totals(
                  skills.size(),
                  occupations.size(),
                  emergingOccupations.size(),
                  placesOfWork.size(),
                  socOccupations.size(),
                  programs.size(),
                  applications.size(),
                  0)));
    }
  }

  /**
   * The window of a detail's long lists.
   *
   * @param offset the index of each list's first item here
   * @param limit the most items each list holds here
   * @param totals how many items each list has in all: page on with {@code offset + limit} while
   *     any is larger
   */
  record Page(int offset, int limit, Totals totals) {
    static <T> List<T> cut(List<T> list, int offset, int limit) {
      if (offset >= list.size()) {
        return List.of();
      }
      return list.subList(offset, (int) Math.min(list.size(), (long) offset + limit));
    }
  }

  /** The full length of each long list (0 for a list the detail does not have). */
  record Totals(
      int skills,
      int occupations,
      int emergingOccupations,
      int placesOfWork,
      int socOccupations,
      int programs,
      int applications,
      int interestPhrases) {}

  record SubClusterSummary(String id, String title, Text description) {}

  /** Everything index-data holds about one sub-cluster; its long lists are paged as a cluster's. */
  record SubClusterDetail(
      String id,
      String title,
      Ref cluster,
      List<AliasView> aliases,
      List<Naics> naicsSectors,
      Text description,
      String provenance,
      List<OccupationView> occupations,
      List<OccupationView> emergingOccupations,
      List<CrosswalkView> socOccupations,
      List<CrosswalkView> programs,
      List<ApplicationView> applications,
      List<InterestView> interestPhrases,
      Page page) {

    SubClusterDetail paged(int offset, int limit) {
      return new SubClusterDetail(
          id,
          title,
          cluster,
          aliases,
          naicsSectors,
          description,
          provenance,
          Page.cut(occupations, offset, limit),
          Page.cut(emergingOccupations, offset, limit),
          Page.cut(socOccupations, offset, limit),
          Page.cut(programs, offset, limit),
          Page.cut(applications, offset, limit),
          Page.cut(interestPhrases, offset, limit),
          new Page(
              offset,
              limit,
              new Totals(
                  0,
                  occupations.size(),
                  emergingOccupations.size(),
                  0,
                  socOccupations.size(),
                  programs.size(),
                  applications.size(),
                  interestPhrases.size())));
    }
  }

  record AliasView(String name, String source) {}

  /**
   * @param clusters every cluster that lists the skill
   * @param listings how this cluster lists it (specialized or software, as written)
   */
  record SkillView(
      String id,
      String name,
      List<String> aliases,
      List<String> clusters,
      List<ListingView> listings) {}

  record ListingView(String cluster, String kind, String asWritten, String provenance) {}

  /**
   * A sample or emerging occupation of the report.
   *
   * @param kind sample or emerging
   * @param assignment how its sub-clusters were chosen (advance-cte-crosswalk or authored)
   * @param doubt why the report's listing here looks like an error of the report (then it is no
   *     evidence for the cluster and never suggested), or null
   */
  record OccupationView(
      String id,
      String title,
      String asWritten,
      String kind,
      String cluster,
      List<String> alsoIn,
      String note,
      String doubt,
      List<String> subClusters,
      List<String> soc,
      String assignment,
      String provenance) {}

  record PlaceView(String id, String name, String provenance) {}

  /** An SOC occupation or CIP program of Advance CTE's crosswalk with all its memberships. */
  record CrosswalkView(
      String id, String code, String title, List<MembershipView> memberships, String provenance) {}

  record MembershipView(String cluster, String subCluster) {}

  record ApplicationView(
      String id,
      String crossCutting,
      String subCluster,
      String cluster,
      List<String> activities,
      String sampleJobTitle,
      String provenance) {}

  record InterestView(String text, List<String> synonyms, String provenance) {}

  record FrameworkView(
      String id,
      String name,
      String kind,
      String source,
      String provenance,
      List<GroupView> groups) {}

  /**
   * A group of a framework (a cluster) or one of its pathways.
   *
   * @param includes groups of another framework that sit under this one
   * @param mapsTo where its evidence comes from in the 2024 framework
   */
  record GroupView(
      String id,
      String title,
      Text description,
      String provenance,
      List<IncludeView> includes,
      List<MappingView> mapsTo,
      List<GroupView> pathways) {}

  record IncludeView(String framework, String group, List<String> pathways, String provenance) {}

  /**
   * @param subClusters empty when the whole cluster is meant
   */
  record MappingView(String cluster, List<String> subClusters, String provenance) {}
}

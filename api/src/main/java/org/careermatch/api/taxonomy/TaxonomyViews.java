package org.careermatch.api.taxonomy;

import java.util.List;

/** The response records of the taxonomy endpoints. Provenance is the data files' label, e.g. {@code report}. */
final class TaxonomyViews {
  private TaxonomyViews() {}

  /** Prose with where it came from. */
  record Text(String text, String provenance) {}

  record Naics(String code, String title) {}

  record Ref(String id, String title) {}

  record ClusterSummary(
      String id, String title, List<String> aliases, String caption, boolean crossCutting, List<Ref> subClusters) {}

  /**
   * Everything index-data holds about one cluster.
   *
   * @param skills the skills the cluster lists, with the listings under this cluster
   * @param applications cross-cutting applications: of this cluster if it is cross-cutting, in it if not
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
      List<ApplicationView> applications) {}

  record SubClusterSummary(String id, String title, Text description) {}

  /** Everything index-data holds about one sub-cluster. */
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
      List<InterestView> interestPhrases) {}

  record AliasView(String name, String source) {}

  /**
   * @param clusters every cluster that lists the skill
   * @param listings how this cluster lists it (specialized or software, as written)
   */
  record SkillView(String id, String name, List<String> aliases, List<String> clusters, List<ListingView> listings) {}

  record ListingView(String cluster, String kind, String asWritten, String provenance) {}

  /**
   * A sample or emerging occupation of the report.
   *
   * @param kind sample or emerging
   * @param assignment how its sub-clusters were chosen (advance-cte-crosswalk or authored)
   */
  record OccupationView(
      String id,
      String title,
      String asWritten,
      String kind,
      String cluster,
      List<String> alsoIn,
      String note,
      List<String> subClusters,
      List<String> soc,
      String assignment,
      String provenance) {}

  record PlaceView(String id, String name, String provenance) {}

  /** An SOC occupation or CIP program of Advance CTE's crosswalk with all its memberships. */
  record CrosswalkView(String id, String code, String title, List<MembershipView> memberships, String provenance) {}

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

  record FrameworkView(String id, String name, String kind, String source, String provenance, List<GroupView> groups) {}

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

  /** @param subClusters empty when the whole cluster is meant */
  record MappingView(String cluster, List<String> subClusters, String provenance) {}
}

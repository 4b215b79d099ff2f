package org.careermatch.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.careermatch.data.interest.InterestCue;
import org.careermatch.data.interest.OccupationalInterests;

/**
 * Everything careermatch knows, as immutable records with typed references. Built by {@link
 * DataLoader} and checked by {@link DataValidator}; lookups tolerate duplicates (the first wins) so
 * that the validator can report them instead of failing here.
 */
public final class FrameworkData {
  private final FixedIds fixedIds;
  private final List<Cluster> clusters;
  private final List<SubCluster> subClusters;
  private final List<Skill> skills;
  private final List<ReportOccupation> occupations;
  private final List<PlaceOfWork> places;
  private final List<CrossCuttingApplication> applications;
  private final List<SocOccupation> socOccupations;
  private final List<ProgramOfStudy> programs;
  private final List<InterestPhrase> interests;
  private final List<Framework> frameworks;
  private final List<OccupationalInterests> interestProfiles;
  private final List<InterestCue> interestCues;
  private final List<Subject> subjects;
  private final List<PersonalQuality> qualities;

  private final Map<ClusterId, Cluster> clusterById;
  private final Map<SubClusterId, SubCluster> subClusterById;
  private final Map<ClusterId, List<SubCluster>> subClustersByCluster;
  private final Map<String, Skill> skillById;
  private final Map<String, Framework> frameworkById;
  private final Map<String, OccupationalInterests> clusterInterests;
  private final Map<String, OccupationalInterests> subClusterInterests;
  private final Map<String, Subject> subjectById;
  private final Map<String, PersonalQuality> qualityById;

  public FrameworkData(
      FixedIds fixedIds,
      List<Cluster> clusters,
      List<SubCluster> subClusters,
      List<Skill> skills,
      List<ReportOccupation> occupations,
      List<PlaceOfWork> places,
      List<CrossCuttingApplication> applications,
      List<SocOccupation> socOccupations,
      List<ProgramOfStudy> programs,
      List<InterestPhrase> interests,
      List<Framework> frameworks,
      List<OccupationalInterests> interestProfiles,
      List<InterestCue> interestCues,
      List<Subject> subjects,
      List<PersonalQuality> qualities) {
    this.fixedIds = Checks.requireNonNull(fixedIds, "fixed ids");
    this.clusters = Checks.copyOf(clusters, "clusters");
    this.subClusters = Checks.copyOf(subClusters, "sub-clusters");
    this.skills = Checks.copyOf(skills, "skills");
    this.occupations = Checks.copyOf(occupations, "occupations");
    this.places = Checks.copyOf(places, "places of work");
    this.applications = Checks.copyOf(applications, "cross-cutting applications");
    this.socOccupations = Checks.copyOf(socOccupations, "SOC occupations");
    this.programs = Checks.copyOf(programs, "programs of study");
    this.interests = Checks.copyOf(interests, "interest phrases");
    this.frameworks = Checks.copyOf(frameworks, "frameworks");
    this.interestProfiles = Checks.copyOf(interestProfiles, "interest profiles");
    this.interestCues = Checks.copyOf(interestCues, "interest cues");
    this.subjects = Checks.copyOf(subjects, "subjects");
    this.qualities = Checks.copyOf(qualities, "personal qualities");
    this.clusterById = index(this.clusters, Cluster::id);
    this.subClusterById = index(this.subClusters, SubCluster::id);
    this.skillById = index(this.skills, Skill::id);
    this.frameworkById = index(this.frameworks, Framework::id);
    this.clusterInterests =
        index(
            this.interestProfiles.stream().filter(OccupationalInterests::isCluster).toList(),
            OccupationalInterests::id);
    this.subClusterInterests =
        index(
            this.interestProfiles.stream().filter(p -> !p.isCluster()).toList(),
            OccupationalInterests::id);
    this.subjectById = index(this.subjects, Subject::id);
    this.qualityById = index(this.qualities, PersonalQuality::id);
    Map<ClusterId, List<SubCluster>> byCluster = new LinkedHashMap<>();
    for (Cluster c : this.clusters) {
      byCluster.put(c.id(), new ArrayList<>());
    }
    for (SubCluster s : this.subClusters) {
      byCluster.computeIfAbsent(s.cluster(), k -> new ArrayList<>()).add(s);
    }
    byCluster.replaceAll((k, v) -> List.copyOf(v));
    this.subClustersByCluster = Collections.unmodifiableMap(byCluster);
  }

  private static <K, V> Map<K, V> index(List<V> values, Function<V, K> key) {
    Map<K, V> map = new LinkedHashMap<>();
    for (V v : values) {
      map.putIfAbsent(key.apply(v), v);
    }
    return Collections.unmodifiableMap(map);
  }

  public FixedIds fixedIds() {
    return fixedIds;
  }

  public List<Cluster> clusters() {
    return clusters;
  }

  public List<SubCluster> subClusters() {
    return subClusters;
  }

  public List<Skill> skills() {
    return skills;
  }

  public List<ReportOccupation> occupations() {
    return occupations;
  }

  /**
   * The report's occupations less those in doubt ({@link ReportOccupation#doubted()}): what a
   * matcher reads as evidence, suggests and searches. {@link #occupations()} keeps every listing as
   * the report writes it.
   */
  public List<ReportOccupation> occupationsInUse() {
    return occupations.stream().filter(o -> !o.doubted()).toList();
  }

  public List<PlaceOfWork> places() {
    return places;
  }

  public List<CrossCuttingApplication> applications() {
    return applications;
  }

  public List<SocOccupation> socOccupations() {
    return socOccupations;
  }

  public List<ProgramOfStudy> programs() {
    return programs;
  }

  public List<InterestPhrase> interests() {
    return interests;
  }

  /** All frameworks, the 2024 one first. */
  public List<Framework> frameworks() {
    return frameworks;
  }

  /**
   * The interest profiles of the clusters (ids.tsv order), then of the sub-clusters; provenance
   * onet-interests.
   */
  public List<OccupationalInterests> interestProfiles() {
    return interestProfiles;
  }

  /** A cluster's interest profile, computed from its occupations' O*NET interest scores. */
  public Optional<OccupationalInterests> interestProfile(ClusterId id) {
    return Optional.ofNullable(clusterInterests.get(id.value()));
  }

  /** A sub-cluster's interest profile, computed from its occupations' O*NET interest scores. */
  public Optional<OccupationalInterests> interestProfile(SubClusterId id) {
    return Optional.ofNullable(subClusterInterests.get(id.value()));
  }

  /**
   * Words and phrases that point to an interest type: O*NET's (onet-interests), then everyday ones
   * (authored).
   */
  public List<InterestCue> interestCues() {
    return interestCues;
  }

  /** High-school subjects and CTE courses with the clusters they prepare for. */
  public List<Subject> subjects() {
    return subjects;
  }

  public Optional<Subject> subject(String id) {
    return Optional.ofNullable(subjectById.get(id));
  }

  /** Personal qualities and work styles with the interest types they suggest. */
  public List<PersonalQuality> qualities() {
    return qualities;
  }

  public Optional<PersonalQuality> quality(String id) {
    return Optional.ofNullable(qualityById.get(id));
  }

  public Optional<Cluster> cluster(ClusterId id) {
    return Optional.ofNullable(clusterById.get(id));
  }

  public Optional<SubCluster> subCluster(SubClusterId id) {
    return Optional.ofNullable(subClusterById.get(id));
  }

  /** The sub-clusters of a cluster in ids.tsv order; empty for an unknown cluster. */
  public List<SubCluster> subClustersOf(ClusterId id) {
    return subClustersByCluster.getOrDefault(id, List.of());
  }

  public Optional<Skill> skill(String id) {
    return Optional.ofNullable(skillById.get(id));
  }

  public Optional<Framework> framework(String id) {
    return Optional.ofNullable(frameworkById.get(id));
  }

  /** A copy with some parts replaced; used to build variants in tests and by local overrides. */
  public FrameworkData with(Parts parts) {
    return new FrameworkData(
        fixedIds,
        parts.clusters != null ? parts.clusters : clusters,
        parts.subClusters != null ? parts.subClusters : subClusters,
        parts.skills != null ? parts.skills : skills,
        parts.occupations != null ? parts.occupations : occupations,
        parts.places != null ? parts.places : places,
        parts.applications != null ? parts.applications : applications,
        parts.socOccupations != null ? parts.socOccupations : socOccupations,
        parts.programs != null ? parts.programs : programs,
        parts.interests != null ? parts.interests : interests,
        parts.frameworks != null ? parts.frameworks : frameworks,
        parts.interestProfiles != null ? parts.interestProfiles : interestProfiles,
        parts.interestCues != null ? parts.interestCues : interestCues,
        parts.subjects != null ? parts.subjects : subjects,
        parts.qualities != null ? parts.qualities : qualities);
  }

  /** The replaceable parts of a {@link FrameworkData}; null fields keep the original. */
  public static final class Parts {
    List<Cluster> clusters;
    List<SubCluster> subClusters;
    List<Skill> skills;
    List<ReportOccupation> occupations;
    List<PlaceOfWork> places;
    List<CrossCuttingApplication> applications;
    List<SocOccupation> socOccupations;
    List<ProgramOfStudy> programs;
    List<InterestPhrase> interests;
    List<Framework> frameworks;
    List<OccupationalInterests> interestProfiles;
    List<InterestCue> interestCues;
    List<Subject> subjects;
    List<PersonalQuality> qualities;

    public Parts clusters(List<Cluster> v) {
      clusters = v;
      return this;
    }

    public Parts subClusters(List<SubCluster> v) {
      subClusters = v;
      return this;
    }

    public Parts skills(List<Skill> v) {
      skills = v;
      return this;
    }

    public Parts occupations(List<ReportOccupation> v) {
      occupations = v;
      return this;
    }

    public Parts places(List<PlaceOfWork> v) {
      places = v;
      return this;
    }

    public Parts applications(List<CrossCuttingApplication> v) {
      applications = v;
      return this;
    }

    public Parts socOccupations(List<SocOccupation> v) {
      socOccupations = v;
      return this;
    }

    public Parts programs(List<ProgramOfStudy> v) {
      programs = v;
      return this;
    }

    public Parts interests(List<InterestPhrase> v) {
      interests = v;
      return this;
    }

    public Parts frameworks(List<Framework> v) {
      frameworks = v;
      return this;
    }

    public Parts interestProfiles(List<OccupationalInterests> v) {
      interestProfiles = v;
      return this;
    }

    public Parts interestCues(List<InterestCue> v) {
      interestCues = v;
      return this;
    }

    public Parts subjects(List<Subject> v) {
      subjects = v;
      return this;
    }

    public Parts qualities(List<PersonalQuality> v) {
      qualities = v;
      return this;
    }
  }
}

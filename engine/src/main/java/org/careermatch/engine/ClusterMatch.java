package org.careermatch.engine;

import java.util.List;
import org.careermatch.data.Checks;
import org.careermatch.engine.explain.Explanation;

/**
 * One ranked cluster (or group of another framework). Its four suggestion lists (occupations,
 * emerging occupations, programs, skills to explore) are empty for a group below those a match was
 * asked to list ({@link Engine#match(LearnerProfile, int)}).
 *
 * @param score 0-100; the explanation's value
 * @param fit how well the cluster fits, in words ({@link Fit})
 * @param appliesIn for a cross-cutting cluster, the industry clusters it applies in for this
 *     learner
 * @param subClusters its sub-clusters (pathways, in another framework), best first
 * @param occupations its best sample occupations
 * @param emergingOccupations its best emerging occupations
 * @param programs programs of study (CIP) that prepare for it, closest to the learner first
 * @param skillsToExplore skills of the cluster the learner did not list
 * @param explanation the lines that add up to the score
 * @param features each ranking signal's raw value for the cluster, by signal name (for
 *     learning-to-rank logs)
 */
public record ClusterMatch(
    String id,
    String title,
    double score,
    Fit fit,
    boolean crossCutting,
    List<AppliesIn> appliesIn,
    List<SubClusterMatch> subClusters,
    List<OccupationSuggestion> occupations,
    List<OccupationSuggestion> emergingOccupations,
    List<ProgramSuggestion> programs,
    List<SkillSuggestion> skillsToExplore,
    Explanation explanation,
    java.util.Map<String, Double> features) {
  public ClusterMatch {
    Checks.requireNonBlank(id, "cluster match id");
    Checks.requireNonBlank(title, "title of " + id);
    if (!(score >= 0 && score <= 100)) {
      throw new IllegalArgumentException(
          "score of " + id + " must be in [0, 100] (was " + score + ")");
    }
    if (fit == null) {
      throw new NullPointerException("fit of " + id + " must not be null");
    }
    appliesIn = Checks.copyOf(appliesIn, () -> "appliesIn of " + id);
    programs = Checks.copyOf(programs, () -> "programs of " + id);
    subClusters = Checks.copyOf(subClusters, () -> "sub-clusters of " + id);
    occupations = Checks.copyOf(occupations, () -> "occupations of " + id);
    emergingOccupations = Checks.copyOf(emergingOccupations, () -> "emerging occupations of " + id);
    skillsToExplore = Checks.copyOf(skillsToExplore, () -> "skills to explore of " + id);
    if (explanation == null) {
      throw new NullPointerException("explanation of " + id + " must not be null");
    }
    features = java.util.Map.copyOf(features);
  }

  /** The same match with another fit. */
  public ClusterMatch withFit(Fit newFit) {
    return new ClusterMatch(
        id,
        title,
        score,
        newFit,
        crossCutting,
        appliesIn,
        subClusters,
        occupations,
        emergingOccupations,
        programs,
        skillsToExplore,
        explanation,
        features);
  }

  /** The same match with other suggestion lists. */
  public ClusterMatch withSuggestions(
      List<OccupationSuggestion> newOccupations,
      List<OccupationSuggestion> newEmergingOccupations,
      List<ProgramSuggestion> newPrograms,
      List<SkillSuggestion> newSkillsToExplore) {
    return new ClusterMatch(
        id,
        title,
        score,
        fit,
        crossCutting,
        appliesIn,
        subClusters,
        newOccupations,
        newEmergingOccupations,
        newPrograms,
        newSkillsToExplore,
        explanation,
        features);
  }

  /**
   * An industry cluster a cross-cutting cluster applies in for this learner, with what that looks
   * like there.
   *
   * @param sampleJobTitles the report's applications, or crosswalk occupations of both clusters,
   *     that the learner's words reached (may be empty)
   * @param crossCuttingSubCluster the cross-cutting cluster's sub-cluster the learner came closest
   *     to, or null
   * @param industrySubCluster the industry's sub-cluster the learner came closest to, or null
   */
  public record AppliesIn(
      String clusterId,
      String title,
      List<String> sampleJobTitles,
      String crossCuttingSubCluster,
      String industrySubCluster) {
    public AppliesIn {
      Checks.requireNonBlank(clusterId, "appliesIn cluster id");
      sampleJobTitles = Checks.copyOf(sampleJobTitles, () -> "sample job titles");
    }
  }

  /** A sub-cluster (or pathway) with its 0-100 score. */
  public record SubClusterMatch(String id, String title, double score, Explanation explanation) {
    public SubClusterMatch {
      Checks.requireNonBlank(id, "sub-cluster match id");
      if (explanation == null) {
        throw new NullPointerException("explanation of " + id + " must not be null");
      }
    }
  }

  /** A sample or emerging occupation worth a look. */
  public record OccupationSuggestion(
      String id, String title, boolean emerging, List<String> subClusters) {
    public OccupationSuggestion {
      Checks.requireNonBlank(id, "occupation id");
      subClusters = Checks.copyOf(subClusters, () -> "sub-clusters of " + id);
    }
  }

  /** A program of study (CIP code and title) that prepares for the cluster. */
  public record ProgramSuggestion(String cipCode, String title) {
    public ProgramSuggestion {
      Checks.requireNonBlank(cipCode, "program CIP code");
      Checks.requireNonBlank(title, "title of program " + cipCode);
    }
  }

  /** A skill of the cluster the learner did not list. */
  public record SkillSuggestion(String id, String name) {
    public SkillSuggestion {
      Checks.requireNonBlank(id, "skill id");
    }
  }
}

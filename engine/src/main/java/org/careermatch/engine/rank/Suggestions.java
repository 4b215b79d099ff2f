package org.careermatch.engine.rank;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.careermatch.data.ClusterId;
import org.careermatch.data.FrameworkData;
import org.careermatch.data.ReportOccupation;
import org.careermatch.data.Skill;
import org.careermatch.data.SubCluster;
import org.careermatch.data.SubClusterId;
import org.careermatch.engine.ClusterMatch.OccupationSuggestion;
import org.careermatch.engine.ClusterMatch.SkillSuggestion;
import org.careermatch.engine.index.EntityType;

/**
 * Picks a cluster's best sample and emerging occupations (those the learner's words matched first, then those of
 * the learner's best sub-clusters) and the skills worth exploring: the cluster's skills the learner did not list,
 * those the learner's interests came close to first (by their evidence), then the most specific. What depends on
 * the data only is worked out once here; what depends on a profile's evidence once per profile, by
 * {@link #forProfile}.
 */
public final class Suggestions {
  /** A direct match on an occupation counts this much more than evidence for its sub-cluster. */
  static final double DIRECT_MATCH_WEIGHT = 10;

  /** The order skills are offered in when nothing matched: most specific (fewest clusters) first, then by name. */
  private static final Comparator<SkillEntry> SPECIFIC_FIRST = Comparator.comparingInt((SkillEntry e) -> e.clusters()
      .size()).thenComparing(e -> e.skill().name()).thenComparing(e -> e.skill().id());

  private final int maxOccupations;
  private final int maxSkills;
  private final List<SubClusterId> subClusters;
  private final List<ReportOccupation> occupations;
  private final Map<String, Integer> occupationPositions = new HashMap<>();
  /** Each occupation's sub-clusters, as positions in {@link #subClusters}. */
  private final int[][] occupationSubClusters;
  private final OccupationSuggestion[] occupationSuggestions;
  /** Each cluster's sample and emerging occupations as positions in {@link #occupations}, in id order. */
  private final Map<ClusterId, int[]> sampleByCluster = new HashMap<>();
  private final Map<ClusterId, int[]> emergingByCluster = new HashMap<>();
  private final Map<ClusterId, List<SkillEntry>> skillsByCluster = new HashMap<>();
  private final Map<String, SkillEntry> skillsByEntityId = new HashMap<>();

  public Suggestions(FrameworkData data, int maxOccupations, int maxSkills) {
    if (maxOccupations < 0 || maxSkills < 0) {
      throw new IllegalArgumentException("suggestion counts must be >= 0 (were " + maxOccupations + ", " + maxSkills
          + ")");
    }
    this.maxOccupations = maxOccupations;
    this.maxSkills = maxSkills;
    this.subClusters = data.subClusters().stream().map(SubCluster::id).toList();
    Map<SubClusterId, Integer> subPositions = new HashMap<>();
    for (int i = 0; i < subClusters.size(); i++) {
      subPositions.put(subClusters.get(i), i);
    }
    this.occupations = data.occupations().stream().sorted(Comparator.comparing(ReportOccupation::id)).toList();
    this.occupationSubClusters = new int[occupations.size()][];
    this.occupationSuggestions = new OccupationSuggestion[occupations.size()];
    Map<ClusterId, List<Integer>> sample = new HashMap<>();
    Map<ClusterId, List<Integer>> emerging = new HashMap<>();
    for (int i = 0; i < occupations.size(); i++) {
      ReportOccupation o = occupations.get(i);
      occupationPositions.put(o.id(), i);
      occupationSubClusters[i] = o.subClusters().stream().filter(subPositions::containsKey)
          .mapToInt(subPositions::get).toArray();
      occupationSuggestions[i] = new OccupationSuggestion(o.id(), o.title(), o.emerging(),
          o.subClusters().stream().map(SubClusterId::value).toList());
      (o.emerging() ? emerging : sample).computeIfAbsent(o.cluster(), k -> new ArrayList<>()).add(i);
    }
    sample.forEach((c, list) -> sampleByCluster.put(c, list.stream().mapToInt(Integer::intValue).toArray()));
    emerging.forEach((c, list) -> emergingByCluster.put(c, list.stream().mapToInt(Integer::intValue).toArray()));
    for (Skill s : data.skills()) {
      SkillEntry entry = SkillEntry.of(s);
      skillsByEntityId.put(entry.entityId(), entry);
      for (ClusterId c : entry.clusters()) {
        skillsByCluster.computeIfAbsent(c, k -> new ArrayList<>()).add(entry);
      }
    }
    skillsByCluster.values().forEach(list -> list.sort(SPECIFIC_FIRST));
  }

  /** The suggestions for one profile's evidence and listed skills. */
  public ForProfile forProfile(EvidenceTable evidence, List<String> learnerSkills) {
    return new ForProfile(evidence, learnerSkills);
  }

  /** Suggestions for one profile: its occupations' scores and the skills it came close to, worked out once. */
  public final class ForProfile {
    private final EvidenceTable evidence;
    private final Set<String> listed = new HashSet<>();
    private final double[] occupationScores = new double[occupations.size()];
    /** Per cluster, its skills the interests came close to, best first. */
    private final Map<ClusterId, List<SkillEntry>> near = new HashMap<>();

    private ForProfile(EvidenceTable evidence, List<String> learnerSkills) {
      this.evidence = evidence;
      for (String s : learnerSkills) {
        listed.add(s.toLowerCase(Locale.ROOT));
      }
      double[] subRaw = new double[subClusters.size()];
      for (int i = 0; i < subRaw.length; i++) {
        subRaw[i] = evidence.raw(subClusters.get(i));
      }
      for (int i = 0; i < occupationScores.length; i++) {
        double s = 0;
        for (int sub : occupationSubClusters[i]) {
          s += subRaw[sub];
        }
        occupationScores[i] = s;
      }
      for (EntityType type : List.of(EntityType.OCCUPATION, EntityType.EMERGING_OCCUPATION)) {
        evidence.entityScores(type).forEach((id, score) -> {
          Integer o = occupationPositions.get(id);
          if (o != null) {
            occupationScores[o] += DIRECT_MATCH_WEIGHT * score;
          }
        });
      }
      Map<String, Double> scores = evidence.entityScores(EntityType.SKILL);
      scores.forEach((id, score) -> {
        SkillEntry skill = skillsByEntityId.get(id);
        if (skill != null && score > 0) {
          for (ClusterId c : skill.clusters()) {
            near.computeIfAbsent(c, k -> new ArrayList<>()).add(skill);
          }
        }
      });
      Comparator<SkillEntry> closestFirst = Comparator.comparingDouble((SkillEntry e) -> scores.get(e.entityId()))
          .reversed().thenComparing(SPECIFIC_FIRST);
      near.values().forEach(list -> list.sort(closestFirst));
    }

    /**
     * The cluster's best sample (or emerging) occupations: by their direct matches, then by the evidence of their
     * sub-clusters, ties by id.
     */
    public List<OccupationSuggestion> occupations(ClusterId cluster, boolean emerging) {
      int[] candidates = (emerging ? emergingByCluster : sampleByCluster).getOrDefault(cluster, new int[0]);
      int n = Math.min(maxOccupations, candidates.length);
      boolean[] taken = new boolean[candidates.length];
      List<OccupationSuggestion> out = new ArrayList<>(n);
      while (out.size() < n) {
        // candidates are in id order: the first of the highest keeps ties by id
        int best = -1;
        for (int i = 0; i < candidates.length; i++) {
          if (!taken[i] && (best < 0 || occupationScores[candidates[i]] > occupationScores[candidates[best]])) {
            best = i;
          }
        }
        taken[best] = true;
        out.add(occupationSuggestions[candidates[best]]);
      }
      return out;
    }

    /** The cluster's skills the learner did not list: those the interests came close to first, then most specific. */
    public List<SkillSuggestion> skillsToExplore(ClusterId cluster) {
      List<SkillSuggestion> out = new ArrayList<>(maxSkills);
      List<SkillEntry> close = near.getOrDefault(cluster, List.of());
      for (List<SkillEntry> source : List.of(close, skillsByCluster.getOrDefault(cluster, List.of()))) {
        for (SkillEntry s : source) {
          if (out.size() == maxSkills) {
            return out;
          }
          if (isNew(s) && (source == close || !close.contains(s))) {
            out.add(s.suggestion());
          }
        }
      }
      return out;
    }

    private boolean isNew(SkillEntry s) {
      return !evidence.matchedSkills().contains(s.entityId()) && (listed.isEmpty() || !s.isNamedIn(listed));
    }
  }

  /**
   * A skill with what its suggestions need, computed once: its evidence id, its clusters ({@link Skill#clusters()}
   * works them out at every call) and its names in lower case.
   */
  private record SkillEntry(Skill skill, String entityId, List<ClusterId> clusters, List<String> names,
      SkillSuggestion suggestion) {
    static SkillEntry of(Skill s) {
      List<String> names = new ArrayList<>();
      names.add(s.name().toLowerCase(Locale.ROOT));
      s.aliases().forEach(a -> names.add(a.toLowerCase(Locale.ROOT)));
      return new SkillEntry(s, "skill:" + s.id(), s.clusters(), List.copyOf(names),
          new SkillSuggestion(s.id(), s.name()));
    }

    boolean isNamedIn(Set<String> listed) {
      for (String n : names) {
        if (listed.contains(n)) {
          return true;
        }
      }
      return false;
    }
  }
}

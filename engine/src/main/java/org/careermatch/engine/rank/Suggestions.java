package org.careermatch.engine.rank;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.careermatch.data.ClusterId;
import org.careermatch.data.FrameworkData;
import org.careermatch.data.ReportOccupation;
import org.careermatch.data.Skill;
import org.careermatch.data.SubClusterId;
import org.careermatch.engine.ClusterMatch.OccupationSuggestion;
import org.careermatch.engine.ClusterMatch.SkillSuggestion;

/**
 * Picks a cluster's best sample and emerging occupations (those the learner's words matched first, then those of
 * the learner's best sub-clusters) and the skills worth exploring: the cluster's skills the learner did not list,
 * those the learner's interests came close to first (by their evidence, a stable sort keeps ties in the next order),
 * then the most specific.
 */
public final class Suggestions {
  /** A direct match on an occupation counts this much more than evidence for its sub-cluster. */
  static final double DIRECT_MATCH_WEIGHT = 10;

  private final Map<ClusterId, List<ReportOccupation>> sampleByCluster = new HashMap<>();
  private final Map<ClusterId, List<ReportOccupation>> emergingByCluster = new HashMap<>();
  /** Suggestions are immutable values: one per occupation, made on first use and shared. */
  private final Map<String, OccupationSuggestion> occupationSuggestions = new ConcurrentHashMap<>();
  private final Map<ClusterId, List<SkillEntry>> skillsByCluster = new HashMap<>();
  private final int maxOccupations;
  private final int maxSkills;

  public Suggestions(FrameworkData data, int maxOccupations, int maxSkills) {
    this.maxOccupations = maxOccupations;
    this.maxSkills = maxSkills;
    for (ReportOccupation o : data.occupations()) {
      (o.emerging() ? emergingByCluster : sampleByCluster).computeIfAbsent(o.cluster(), k -> new ArrayList<>()).add(o);
    }
    sampleByCluster.values().forEach(list -> list.sort(Comparator.comparing(ReportOccupation::id)));
    emergingByCluster.values().forEach(list -> list.sort(Comparator.comparing(ReportOccupation::id)));
    for (Skill s : data.skills()) {
      SkillEntry entry = SkillEntry.of(s);
      for (ClusterId c : s.clusters()) {
        skillsByCluster.computeIfAbsent(c, k -> new ArrayList<>()).add(entry);
      }
    }
    // most specific first (fewest clusters), then by name: the order skills are offered in when nothing matched
    skillsByCluster.values().forEach(list -> list.sort(Comparator.comparingInt((SkillEntry e) -> e.skill().clusters()
        .size()).thenComparing(e -> e.skill().name()).thenComparing(e -> e.skill().id())));
  }

  /**
   * The cluster's best {@code maxOccupations} sample (or emerging) occupations: by their direct matches, then by the
   * evidence of their sub-clusters, ties by id.
   */
  public List<OccupationSuggestion> occupations(ClusterId cluster, boolean emerging, EvidenceTable evidence) {
    List<ReportOccupation> candidates = (emerging ? emergingByCluster : sampleByCluster).getOrDefault(cluster, List.of());
    int n = candidates.size();
    double[] score = new double[n];
    for (int i = 0; i < n; i++) {
      ReportOccupation o = candidates.get(i);
      double s = DIRECT_MATCH_WEIGHT * evidence.entityScores().getOrDefault(o.id(), 0.0);
      for (SubClusterId sub : o.subClusters()) {
        s += evidence.raw(sub);
      }
      score[i] = s;
    }
    // candidates are in id order: picking the first of the highest keeps ties by id
    boolean[] taken = new boolean[n];
    List<OccupationSuggestion> out = new ArrayList<>(Math.min(maxOccupations, n));
    while (out.size() < Math.min(maxOccupations, n)) {
      int best = -1;
      for (int i = 0; i < n; i++) {
        if (!taken[i] && (best < 0 || score[i] > score[best])) {
          best = i;
        }
      }
      taken[best] = true;
      ReportOccupation o = candidates.get(best);
      out.add(suggestion(o));
    }
    return out;
  }

  private OccupationSuggestion suggestion(ReportOccupation o) {
    return occupationSuggestions.computeIfAbsent(o.id(), k -> new OccupationSuggestion(o.id(), o.title(), o.emerging(),
        o.subClusters().stream().map(SubClusterId::value).toList()));
  }

  public List<SkillSuggestion> skillsToExplore(ClusterId cluster, List<String> learnerSkills, EvidenceTable evidence) {
    Set<String> listed = new HashSet<>();
    for (String s : learnerSkills) {
      listed.add(s.toLowerCase(Locale.ROOT));
    }
    // first the cluster's skills the learner's words or meaning came close to (best first), then the most specific
    List<SkillEntry> candidates = new ArrayList<>();
    List<SkillEntry> near = new ArrayList<>();
    for (SkillEntry s : skillsByCluster.getOrDefault(cluster, List.of())) {
      if (!evidence.matchedSkills().contains(s.entityId()) && (listed.isEmpty() || !s.isNamedIn(listed))) {
        candidates.add(s);
        if (evidence.entityScores().getOrDefault(s.entityId(), 0.0) > 0) {
          near.add(s);
        }
      }
    }
    near.sort(Comparator.comparingDouble((SkillEntry s) -> evidence.entityScores().get(s.entityId())).reversed());
    List<SkillSuggestion> out = new ArrayList<>(maxSkills);
    for (SkillEntry s : near) {
      if (out.size() < maxSkills) {
        out.add(s.suggestion());
      }
    }
    for (SkillEntry s : candidates) {
      if (out.size() < maxSkills && !near.contains(s)) {
        out.add(s.suggestion());
      }
    }
    return out;
  }

  /** A skill with what its suggestion needs, computed once: its evidence id and its names in lower case. */
  private record SkillEntry(Skill skill, String entityId, List<String> names, SkillSuggestion suggestion) {
    static SkillEntry of(Skill s) {
      List<String> names = new ArrayList<>();
      names.add(s.name().toLowerCase(Locale.ROOT));
      s.aliases().forEach(a -> names.add(a.toLowerCase(Locale.ROOT)));
      return new SkillEntry(s, "skill:" + s.id(), List.copyOf(names), new SkillSuggestion(s.id(), s.name()));
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

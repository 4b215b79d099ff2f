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
import org.careermatch.data.SubClusterId;
import org.careermatch.engine.ClusterMatch.OccupationSuggestion;
import org.careermatch.engine.ClusterMatch.SkillSuggestion;

/**
 * Picks a cluster's best sample and emerging occupations (those the learner's words matched first, then those of
 * the learner's best sub-clusters) and the skills worth exploring (the cluster's most specific skills the learner
 * did not list).
 */
public final class Suggestions {
  /** A direct match on an occupation counts this much more than evidence for its sub-cluster. */
  static final double DIRECT_MATCH_WEIGHT = 10;

  private final Map<ClusterId, List<ReportOccupation>> occupationsByCluster = new HashMap<>();
  private final Map<ClusterId, List<Skill>> skillsByCluster = new HashMap<>();
  private final int maxOccupations;
  private final int maxSkills;

  public Suggestions(FrameworkData data, int maxOccupations, int maxSkills) {
    this.maxOccupations = maxOccupations;
    this.maxSkills = maxSkills;
    for (ReportOccupation o : data.occupations()) {
      occupationsByCluster.computeIfAbsent(o.cluster(), k -> new ArrayList<>()).add(o);
    }
    for (Skill s : data.skills()) {
      for (ClusterId c : s.clusters()) {
        skillsByCluster.computeIfAbsent(c, k -> new ArrayList<>()).add(s);
      }
    }
    // most specific first (fewest clusters), then by name: the order skills are offered in when nothing matched
    skillsByCluster.values().forEach(list -> list.sort(
        Comparator.comparingInt((Skill s) -> s.clusters().size()).thenComparing(Skill::name).thenComparing(Skill::id)));
  }

  public List<OccupationSuggestion> occupations(ClusterId cluster, boolean emerging, EvidenceTable evidence) {
    List<ReportOccupation> candidates = new ArrayList<>();
    for (ReportOccupation o : occupationsByCluster.getOrDefault(cluster, List.of())) {
      if (o.emerging() == emerging) {
        candidates.add(o);
      }
    }
    Map<String, Double> score = new HashMap<>();
    for (ReportOccupation o : candidates) {
      double s = DIRECT_MATCH_WEIGHT * evidence.entityScores().getOrDefault(o.id(), 0.0);
      for (SubClusterId sub : o.subClusters()) {
        s += evidence.raw(sub);
      }
      score.put(o.id(), s);
    }
    candidates.sort(Comparator.comparingDouble((ReportOccupation o) -> score.get(o.id())).reversed()
        .thenComparing(ReportOccupation::id));
    List<OccupationSuggestion> out = new ArrayList<>();
    for (ReportOccupation o : candidates.subList(0, Math.min(maxOccupations, candidates.size()))) {
      out.add(new OccupationSuggestion(o.id(), o.title(), o.emerging(),
          o.subClusters().stream().map(SubClusterId::value).toList()));
    }
    return out;
  }

  public List<SkillSuggestion> skillsToExplore(ClusterId cluster, List<String> learnerSkills, EvidenceTable evidence) {
    Set<String> listed = new HashSet<>();
    for (String s : learnerSkills) {
      listed.add(s.toLowerCase(Locale.ROOT));
    }
    List<SkillSuggestion> out = new ArrayList<>();
    for (Skill s : skillsByCluster.getOrDefault(cluster, List.of())) {
      if (out.size() == maxSkills) {
        break;
      }
      boolean known = evidence.matchedSkills().contains("skill:" + s.id())
          || listed.contains(s.name().toLowerCase(Locale.ROOT))
          || s.aliases().stream().anyMatch(a -> listed.contains(a.toLowerCase(Locale.ROOT)));
      if (!known) {
        out.add(new SkillSuggestion(s.id(), s.name()));
      }
    }
    return out;
  }
}

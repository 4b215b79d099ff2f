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
import org.careermatch.data.Membership;
import org.careermatch.data.ProgramOfStudy;
import org.careermatch.data.ReportOccupation;
import org.careermatch.data.Skill;
import org.careermatch.data.SubCluster;
import org.careermatch.data.SubClusterId;
import org.careermatch.engine.ClusterMatch.OccupationSuggestion;
import org.careermatch.engine.ClusterMatch.ProgramSuggestion;
import org.careermatch.engine.ClusterMatch.SkillSuggestion;
import org.careermatch.engine.index.EntityIndex;
import org.careermatch.engine.index.EntityType;

/**
 * Picks a cluster's best sample and emerging occupations (those the learner's words matched first,
 * then those of the learner's best sub-clusters) and the skills worth exploring: the cluster's
 * skills the learner did not list, those the learner's interests came close to first (by their
 * evidence), then the most specific. What depends on the data only is worked out once here; what
 * depends on a profile's evidence once per profile, by {@link #forProfile}.
 */
public final class Suggestions {

  /**
   * The order skills are offered in when nothing matched: most specific (fewest clusters) first,
   * then by name.
   */
  private static final Comparator<SkillEntry> SPECIFIC_FIRST =
      Comparator.comparingInt((SkillEntry e) -> e.clusters().size())
          .thenComparing(e -> e.skill().name())
          .thenComparing(e -> e.skill().id());

  private final int maxOccupations;
  private final int maxSkills;
  private final int maxPrograms;

  /** A direct match on an occupation counts this much more than evidence for its sub-cluster. */
  private final double directMatchWeight;

  private final EntityIndex index;

  /** Each cluster's programs of study, by sub-cluster, in code order. */
  private final Map<SubClusterId, List<ProgramOfStudy>> programsBySub = new HashMap<>();

  private final List<SubClusterId> subClusters;
  private final List<ReportOccupation> occupations;
  private final Map<String, Integer> occupationPositions = new HashMap<>();

  /** Each occupation's sub-clusters, as positions in {@link #subClusters}. */
  private final int[][] occupationSubClusters;

  private final OccupationSuggestion[] occupationSuggestions;

  /**
   * Each cluster's sample and emerging occupations as positions in {@link #occupations}, in id
   * order.
   */
  private final Map<ClusterId, int[]> sampleByCluster = new HashMap<>();

  private final Map<ClusterId, int[]> emergingByCluster = new HashMap<>();
  private final Map<ClusterId, List<SkillEntry>> skillsByCluster = new HashMap<>();
  private final Map<String, SkillEntry> skillsByEntityId = new HashMap<>();

  public Suggestions(
      FrameworkData data,
      EntityIndex index,
      double directMatchWeight,
      int maxOccupations,
      int maxSkills,
      int maxPrograms) {
    if (maxOccupations < 0 || maxSkills < 0 || maxPrograms < 0) {
      throw new IllegalArgumentException(
          "suggestion counts must be >= 0 (were "
              + maxOccupations
              + ", "
              + maxSkills
              + ", "
              + maxPrograms
              + ")");
    }
    this.maxOccupations = maxOccupations;
    this.maxSkills = maxSkills;
    this.maxPrograms = maxPrograms;
    this.directMatchWeight = directMatchWeight;
    this.index = index;
    for (ProgramOfStudy p :
        data.programs().stream().sorted(Comparator.comparing(ProgramOfStudy::code)).toList()) {
      for (Membership m : p.memberships()) {
        List<ProgramOfStudy> list =
            programsBySub.computeIfAbsent(m.subCluster(), k -> new ArrayList<>());
        if (!list.contains(p)) {
          list.add(p);
        }
      }
    }
    this.subClusters = data.subClusters().stream().map(SubCluster::id).toList();
    Map<SubClusterId, Integer> subPositions = new HashMap<>();
    for (int i = 0; i < subClusters.size(); i++) {
      subPositions.put(subClusters.get(i), i);
    }
    this.occupations =
        data.occupations().stream().sorted(Comparator.comparing(ReportOccupation::id)).toList();
    this.occupationSubClusters = new int[occupations.size()][];
    this.occupationSuggestions = new OccupationSuggestion[occupations.size()];
    Map<ClusterId, List<Integer>> sample = new HashMap<>();
    Map<ClusterId, List<Integer>> emerging = new HashMap<>();
    for (int i = 0; i < occupations.size(); i++) {
      ReportOccupation o = occupations.get(i);
      occupationPositions.put(o.id(), i);
      occupationSubClusters[i] =
          o.subClusters().stream()
              .filter(subPositions::containsKey)
              .mapToInt(subPositions::get)
              .toArray();
      occupationSuggestions[i] =
          new OccupationSuggestion(
              o.id(),
              o.title(),
              o.emerging(),
              o.subClusters().stream().map(SubClusterId::value).toList());
      (o.emerging() ? emerging : sample)
          .computeIfAbsent(o.cluster(), k -> new ArrayList<>())
          .add(i);
    }
    sample.forEach(
        (c, list) -> sampleByCluster.put(c, list.stream().mapToInt(Integer::intValue).toArray()));
    emerging.forEach(
        (c, list) -> emergingByCluster.put(c, list.stream().mapToInt(Integer::intValue).toArray()));
    for (Skill s : data.skills()) {
      SkillEntry entry = SkillEntry.of(s);
      skillsByEntityId.put(entry.entityId(), entry);
      for (ClusterId c : entry.clusters()) {
        skillsByCluster.computeIfAbsent(c, k -> new ArrayList<>()).add(entry);
      }
    }
    skillsByCluster.values().forEach(list -> list.sort(SPECIFIC_FIRST));
  }

  /**
   * The suggestions for one profile's evidence and listed skills.
   *
   * @param queryVectors the vectors of what the learner wrote (its clauses and skills read by
   *     meaning); empty for a lexical engine, which then orders by evidence alone
   */
  public ForProfile forProfile(
      EvidenceTable evidence, List<String> learnerSkills, List<float[]> queryVectors) {
    return new ForProfile(evidence, learnerSkills, queryVectors);
  }

  /**
   * Suggestions for one profile: its occupations' scores and the skills it came close to, worked
   * out once.
   */
  public final class ForProfile {
    private final EvidenceTable evidence;
    private final List<float[]> queryVectors;

    /** Closeness of entities to the learner's words, worked out when first asked. */
    private final Map<String, Double> closeness = new HashMap<>();

    private final Set<String> listed = new HashSet<>();
    private final double[] occupationScores = new double[occupations.size()];

    /** Per cluster, its skills the interests came close to, best first. */
    private final Map<ClusterId, List<SkillEntry>> near = new HashMap<>();

    private ForProfile(
        EvidenceTable evidence, List<String> learnerSkills, List<float[]> queryVectors) {
      this.evidence = evidence;
      this.queryVectors = List.copyOf(queryVectors);
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
        evidence
            .entityScores(type)
            .forEach(
                (id, score) -> {
                  Integer o = occupationPositions.get(id);
                  if (o != null) {
                    occupationScores[o] += directMatchWeight * score;
                  }
                });
      }
      Map<String, Double> scores = evidence.entityScores(EntityType.SKILL);
      scores.forEach(
          (id, score) -> {
            SkillEntry skill = skillsByEntityId.get(id);
            if (skill != null && score > 0) {
              for (ClusterId c : skill.clusters()) {
                near.computeIfAbsent(c, k -> new ArrayList<>()).add(skill);
              }
            }
          });
      Comparator<SkillEntry> closestFirst =
          Comparator.comparingDouble((SkillEntry e) -> scores.get(e.entityId()))
              .reversed()
              .thenComparing(SPECIFIC_FIRST);
      near.values().forEach(list -> list.sort(closestFirst));
    }

    /**
     * The cluster's best sample (or emerging) occupations: by their direct matches, then by the
     * evidence of their sub-clusters, ties by id.
     */
    public List<OccupationSuggestion> occupations(ClusterId cluster, boolean emerging) {
      int[] candidates =
          (emerging ? emergingByCluster : sampleByCluster).getOrDefault(cluster, new int[0]);
      int n = Math.min(maxOccupations, candidates.length);
      double[] keys = new double[candidates.length];
      for (int i = 0; i < candidates.length; i++) {
        keys[i] = occupationScores[candidates[i]];
        if (!queryVectors.isEmpty()) {
          // closest to the learner's words first; evidence (direct matches, sub-clusters) breaks
          // near-ties
          keys[i] = closeness(occupations.get(candidates[i]).id()) + 1e-3 * Math.tanh(keys[i]);
        }
      }
      boolean[] taken = new boolean[candidates.length];
      List<OccupationSuggestion> out = new ArrayList<>(n);
      while (out.size() < n) {
        // candidates are in id order: the first of the highest keeps ties by id
        int best = -1;
        for (int i = 0; i < candidates.length; i++) {
          if (!taken[i] && (best < 0 || keys[i] > keys[best])) {
            best = i;
          }
        }
        taken[best] = true;
        out.add(occupationSuggestions[candidates[best]]);
      }
      return out;
    }

    /**
     * Programs of study that prepare for the cluster: from its sub-clusters with the most evidence
     * first, within one the closest to the learner's words (or in code order for a lexical engine),
     * each program once.
     */
    public List<ProgramSuggestion> programs(
        ClusterId cluster, List<SubClusterId> subClustersBestFirst) {
      List<ProgramSuggestion> out = new ArrayList<>(maxPrograms);
      Set<String> seen = new HashSet<>();
      for (SubClusterId sub : subClustersBestFirst) {
        List<ProgramOfStudy> candidates =
            new ArrayList<>(programsBySub.getOrDefault(sub, List.of()));
        if (!queryVectors.isEmpty()) {
          candidates.sort(
              Comparator.comparingDouble((ProgramOfStudy p) -> -closeness(p.id()))
                  .thenComparing(ProgramOfStudy::code));
        }
        for (ProgramOfStudy p : candidates) {
          if (out.size() == maxPrograms) {
            return out;
          }
          if (seen.add(p.code())) {
            out.add(
                new ProgramSuggestion(
                    p.code(),
                    p.title().endsWith(".")
                        ? p.title().substring(0, p.title().length() - 1)
                        : p.title()));
          }
        }
        if (out.size() == maxPrograms || (!out.isEmpty() && evidence.raw(sub) == 0)) {
          break;
        }
      }
      return out;
    }

    /**
     * The best cosine similarity between one of the entity's texts and one of the learner's; -1
     * without vectors.
     */
    double closeness(String entityId) {
      Double known = closeness.get(entityId);
      if (known != null) {
        return known;
      }
      double best = -1;
      for (int d : index.docsOf(entityId)) {
        float[] v = index.vector(d);
        for (float[] q : queryVectors) {
          double dot = 0;
          for (int k = 0; k < v.length; k++) {
            dot += v[k] * q[k];
          }
          best = Math.max(best, dot);
        }
      }
      closeness.put(entityId, best);
      return best;
    }

    /**
     * The cluster's skills the learner did not list: those the interests came close to first, then
     * most specific.
     */
    public List<SkillSuggestion> skillsToExplore(ClusterId cluster) {
      List<SkillSuggestion> out = new ArrayList<>(maxSkills);
      List<SkillEntry> close = near.getOrDefault(cluster, List.of());
      List<SkillEntry> rest = skillsByCluster.getOrDefault(cluster, List.of());
      if (!queryVectors.isEmpty()) {
        rest = new ArrayList<>(rest);
        rest.sort(
            Comparator.comparingDouble((SkillEntry e) -> -closeness(e.entityId()))
                .thenComparing(SPECIFIC_FIRST));
      }
      for (List<SkillEntry> source : List.of(close, rest)) {
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
      return !evidence.matchedSkills().contains(s.entityId())
          && (listed.isEmpty() || !s.isNamedIn(listed));
    }
  }

  /**
   * A skill with what its suggestions need, computed once: its evidence id, its clusters ({@link
   * Skill#clusters()} works them out at every call) and its names in lower case.
   */
  private record SkillEntry(
      Skill skill,
      String entityId,
      List<ClusterId> clusters,
      List<String> names,
      SkillSuggestion suggestion) {
    static SkillEntry of(Skill s) {
      List<String> names = new ArrayList<>();
      names.add(s.name().toLowerCase(Locale.ROOT));
      s.aliases().forEach(a -> names.add(a.toLowerCase(Locale.ROOT)));
      return new SkillEntry(
          s,
          "skill:" + s.id(),
          s.clusters(),
          List.copyOf(names),
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

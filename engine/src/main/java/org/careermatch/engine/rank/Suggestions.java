package org.careermatch.engine.rank;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
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
import org.careermatch.engine.semantic.Vectors;

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
  private final Map<SubClusterId, ProgramList> programsBySub = new HashMap<>();

  /**
   * The entities a profile's closeness is asked for (programs, skills, occupations), numbered:
   * their documents by number, so a profile keeps their closeness in an array.
   */
  private final List<int[]> slotDocs = new ArrayList<>();

  private final Map<String, Integer> slots = new HashMap<>();

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

  /** {@link #skillsByCluster}'s lists as slots of {@link #slotDocs}, in the same order. */
  private final Map<ClusterId, int[]> skillSlotsByCluster = new HashMap<>();

  private final Map<String, SkillEntry> skillsByEntityId = new HashMap<>();

  /** Each occupation's slot of {@link #slotDocs}, by position in {@link #occupations}. */
  private final int[] occupationSlots;

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
    Map<SubClusterId, List<ProgramOfStudy>> programs = new HashMap<>();
    for (ProgramOfStudy p :
        data.programs().stream().sorted(Comparator.comparing(ProgramOfStudy::code)).toList()) {
      for (Membership m : p.memberships()) {
        List<ProgramOfStudy> list =
            programs.computeIfAbsent(m.subCluster(), k -> new ArrayList<>());
        if (!list.contains(p)) {
          list.add(p);
        }
      }
    }
    programs.forEach(
        (sub, list) -> {
          ProgramEntry[] entries = new ProgramEntry[list.size()];
          int[] entrySlots = new int[list.size()];
          for (int i = 0; i < entries.length; i++) {
            ProgramOfStudy p = list.get(i);
            entries[i] =
                new ProgramEntry(
                    slot(p.id()),
                    p.code(),
                    new ProgramSuggestion(
                        p.code(),
                        p.title().endsWith(".")
                            ? p.title().substring(0, p.title().length() - 1)
                            : p.title()));
            entrySlots[i] = entries[i].slot();
          }
          programsBySub.put(sub, new ProgramList(entries, entrySlots));
        });
    this.subClusters = data.subClusters().stream().map(SubCluster::id).toList();
    Map<SubClusterId, Integer> subPositions = new HashMap<>();
    for (int i = 0; i < subClusters.size(); i++) {
      subPositions.put(subClusters.get(i), i);
    }
    this.occupations =
        data.occupationsInUse().stream()
            .sorted(Comparator.comparing(ReportOccupation::id))
            .toList();
    this.occupationSubClusters = new int[occupations.size()][];
    this.occupationSuggestions = new OccupationSuggestion[occupations.size()];
    this.occupationSlots = new int[occupations.size()];
    Map<ClusterId, List<Integer>> sample = new HashMap<>();
    Map<ClusterId, List<Integer>> emerging = new HashMap<>();
    for (int i = 0; i < occupations.size(); i++) {
      ReportOccupation o = occupations.get(i);
      occupationPositions.put(o.id(), i);
      occupationSlots[i] = slot(o.id());
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
      SkillEntry entry = SkillEntry.of(s, this::slot);
      skillsByEntityId.put(entry.entityId(), entry);
      for (ClusterId c : entry.clusters()) {
        skillsByCluster.computeIfAbsent(c, k -> new ArrayList<>()).add(entry);
      }
    }
    skillsByCluster.values().forEach(list -> list.sort(SPECIFIC_FIRST));
    skillsByCluster.forEach(
        (c, list) ->
            skillSlotsByCluster.put(c, list.stream().mapToInt(SkillEntry::slot).toArray()));
  }

  /** The slot of an entity's closeness, numbered at its first mention. */
  private int slot(String entityId) {
    return slots.computeIfAbsent(
        entityId,
        id -> {
          // a product's name is not read by meaning (EvidenceDoc#nameOnly): no closeness
          slotDocs.add(
              Arrays.stream(index.docsOf(id)).filter(d -> !index.doc(d).nameOnly()).toArray());
          return slotDocs.size() - 1;
        });
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

    /** The vectors of what the learner wrote. */
    private final float[][] queries;

    /**
     * Closeness of entities to the learner's words by slot ({@link #slotDocs}), worked out when
     * first asked; NaN until then.
     */
    private final double[] closeness = new double[slotDocs.size()];

    private final Set<String> listed = new HashSet<>();
    private final double[] occupationScores = new double[occupations.size()];

    /** Per cluster, its skills the interests came close to, best first. */
    private final Map<ClusterId, List<SkillEntry>> near = new HashMap<>();

    private ForProfile(
        EvidenceTable evidence, List<String> learnerSkills, List<float[]> queryVectors) {
      this.evidence = evidence;
      this.queries = queryVectors.toArray(new float[0][]);
      Arrays.fill(closeness, Double.NaN);
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
      if (queries.length > 0) {
        int[] candidateSlots = new int[candidates.length];
        for (int i = 0; i < candidates.length; i++) {
          candidateSlots[i] = occupationSlots[candidates[i]];
        }
        workOut(candidateSlots);
      }
      for (int i = 0; i < candidates.length; i++) {
        keys[i] = occupationScores[candidates[i]];
        if (queries.length > 0) {
          // closest to the learner's words first; evidence (direct matches, sub-clusters) breaks
          // near-ties
          keys[i] = closeness[occupationSlots[candidates[i]]] + 1e-3 * Math.tanh(keys[i]);
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
        ProgramList list = programsBySub.getOrDefault(sub, ProgramList.NONE);
        ProgramEntry[] candidates = list.entries();
        if (queries.length > 0 && candidates.length > 1) {
          workOut(list.slots());
          candidates = candidates.clone();
          // stable, as the list sort it replaces: equal keys keep code order
          Arrays.sort(
              candidates,
              Comparator.comparingDouble((ProgramEntry p) -> -closeness[p.slot()])
                  .thenComparing(ProgramEntry::code));
        }
        for (ProgramEntry p : candidates) {
          if (out.size() == maxPrograms) {
            return out;
          }
          if (seen.add(p.code())) {
            out.add(p.suggestion());
          }
        }
        if (out.size() == maxPrograms || (!out.isEmpty() && evidence.raw(sub) == 0)) {
          break;
        }
      }
      return out;
    }

    /**
     * Works out the closeness of the entities in {@code wanted} not worked out yet: for each, the
     * best cosine similarity between one of its texts and one of the learner's (-1 without vectors
     * or texts read by meaning), each dot product summed as one loop over the components would sum
     * it ({@link Vectors#dots}), all of them in one call.
     */
    private void workOut(int[] wanted) {
      int pairs = 0;
      for (int slot : wanted) {
        if (Double.isNaN(closeness[slot])) {
          pairs += slotDocs.get(slot).length * queries.length;
        }
      }
      float[][] docSide = new float[pairs][];
      float[][] querySide = new float[pairs][];
      int p = 0;
      for (int slot : wanted) {
        if (Double.isNaN(closeness[slot])) {
          for (int d : slotDocs.get(slot)) {
            float[] v = index.vector(d);
            for (float[] q : queries) {
              docSide[p] = v;
              querySide[p] = q;
              p++;
            }
          }
        }
      }
      double[] dots = new double[pairs];
      Vectors.dots(docSide, querySide, pairs, dots);
      p = 0;
      for (int slot : wanted) {
        if (Double.isNaN(closeness[slot])) {
          double best = -1;
          for (int n = slotDocs.get(slot).length * queries.length; n > 0; n--) {
            best = Math.max(best, dots[p++]);
          }
          closeness[slot] = best;
        }
      }
    }

    /**
     * The cluster's skills the learner did not list: those the interests came close to first, then
     * most specific.
     */
    public List<SkillSuggestion> skillsToExplore(ClusterId cluster) {
      List<SkillSuggestion> out = new ArrayList<>(maxSkills);
      List<SkillEntry> close = near.getOrDefault(cluster, List.of());
      List<SkillEntry> rest = skillsByCluster.getOrDefault(cluster, List.of());
      if (queries.length > 0 && !rest.isEmpty()) {
        workOut(skillSlotsByCluster.get(cluster));
        rest = new ArrayList<>(rest);
        rest.sort(
            Comparator.comparingDouble((SkillEntry e) -> -closeness[e.slot()])
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

  /** A program of study with its closeness slot and its suggestion, computed once. */
  private record ProgramEntry(int slot, String code, ProgramSuggestion suggestion) {}

  /** A sub-cluster's programs in code order, and their slots in the same order. */
  private record ProgramList(ProgramEntry[] entries, int[] slots) {
    static final ProgramList NONE = new ProgramList(new ProgramEntry[0], new int[0]);
  }

  /**
   * A skill with what its suggestions need, computed once: its evidence id and closeness slot, its
   * clusters ({@link Skill#clusters()} works them out at every call) and its names in lower case.
   */
  private record SkillEntry(
      Skill skill,
      String entityId,
      int slot,
      List<ClusterId> clusters,
      List<String> names,
      SkillSuggestion suggestion) {
    static SkillEntry of(Skill s, ToIntFunction<String> slotOf) {
      List<String> names = new ArrayList<>();
      names.add(s.name().toLowerCase(Locale.ROOT));
      s.aliases().forEach(a -> names.add(a.toLowerCase(Locale.ROOT)));
      String entityId = "skill:" + s.id();
      return new SkillEntry(
          s,
          entityId,
          slotOf.applyAsInt(entityId),
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

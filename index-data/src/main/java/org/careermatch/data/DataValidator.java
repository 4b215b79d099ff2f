package org.careermatch.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.careermatch.data.interest.InterestCue;
import org.careermatch.data.interest.InterestProfilesFile;
import org.careermatch.data.interest.OccupationalInterests;
import org.careermatch.data.interest.RiasecType;

/**
 * Checks the data as a whole: unique ids, references that resolve, ids as fixed by ids.tsv, every
 * cluster with skills and occupations, and the expected counts. Returns every problem, each naming
 * the record.
 */
public final class DataValidator {

  /**
   * What the data must add up to.
   *
   * @param frameworkGroups the number of groups a framework must have, by framework id
   * @param interestProfiles whether every cluster and sub-cluster must have its computed interest
   *     profile
   * @param minAuthoredCuesPerType how many everyday (authored) interest cues each interest type
   *     needs at least
   */
  public record Expectations(
      int clusters,
      int crossCutting,
      int subClusters,
      int socOccupations,
      int programs,
      int minInterestPhrasesPerSubCluster,
      Map<String, Integer> frameworkGroups,
      boolean interestProfiles,
      int minAuthoredCuesPerType) {
    /** The complete 2024 framework as Advance CTE publishes it. */
    public static final Expectations NATIONAL =
        new Expectations(
            14, 3, 72, 851, 1945, 12, Map.of(Framework.NCCF_2024, 14, "nccf-2002", 16), true, 20);

    public Expectations {
      frameworkGroups = Map.copyOf(frameworkGroups);
    }

    /**
     * The same expectations, without requiring the computed interest profiles (for the tool
     * computing them).
     */
    public Expectations withoutInterestProfiles() {
      return new Expectations(
          clusters,
          crossCutting,
          subClusters,
          socOccupations,
          programs,
          minInterestPhrasesPerSubCluster,
          frameworkGroups,
          false,
          minAuthoredCuesPerType);
    }
  }

  private final Expectations expect;

  public DataValidator(Expectations expect) {
    this.expect = Objects.requireNonNull(expect, "expectations");
  }

  public List<String> validate(FrameworkData d) {
    List<String> p = new ArrayList<>();
    FixedIds ids = d.fixedIds();

    unique(p, "cluster", d.clusters(), c -> c.id().value());
    unique(p, "sub-cluster", d.subClusters(), s -> s.id().value());
    unique(p, "skill", d.skills(), Skill::id);
    unique(p, "occupation", d.occupations(), ReportOccupation::id);
    unique(p, "place of work", d.places(), PlaceOfWork::id);
    unique(p, "cross-cutting application", d.applications(), CrossCuttingApplication::id);
    unique(p, "SOC occupation", d.socOccupations(), SocOccupation::code);
    unique(p, "CIP program", d.programs(), ProgramOfStudy::code);
    unique(p, "framework", d.frameworks(), Framework::id);

    // clusters and sub-clusters against ids.tsv
    for (Cluster c : d.clusters()) {
      FixedIds.Row row = ids.cluster(c.id().value()).orElse(null);
      if (row == null) {
        p.add("cluster " + c.id() + " is not in ids.tsv");
      } else {
        if (!row.title().equals(c.title())) {
          p.add(
              "cluster "
                  + c.id()
                  + " has title '"
                  + c.title()
                  + "' but ids.tsv says '"
                  + row.title()
                  + "'");
        }
        if (row.crossCutting() != c.crossCutting()) {
          p.add(
              "cluster "
                  + c.id()
                  + " cross-cutting flag "
                  + c.crossCutting()
                  + " differs from ids.tsv");
        }
      }
    }
    for (String id : ids.clusters().keySet()) {
      if (d.cluster(ClusterId.of(id)).isEmpty()) {
        p.add("cluster " + id + " of ids.tsv is missing");
      }
    }
    for (SubCluster s : d.subClusters()) {
      FixedIds.Row row = ids.subCluster(s.id().value()).orElse(null);
      if (row == null) {
        p.add("sub-cluster " + s.id() + " is not in ids.tsv");
      } else if (!row.parent().equals(s.cluster().value())) {
        p.add(
            "sub-cluster "
                + s.id()
                + " has parent "
                + s.cluster()
                + " but ids.tsv says "
                + row.parent());
      }
      if (d.cluster(s.cluster()).isEmpty()) {
        p.add(
            "sub-cluster " + s.id() + " has no parent: cluster " + s.cluster() + " does not exist");
      }
    }
    for (String id : ids.subClusters().keySet()) {
      if (d.subCluster(SubClusterId.of(id)).isEmpty()) {
        p.add("sub-cluster " + id + " of ids.tsv is missing");
      }
    }

    // references
    for (Skill s : d.skills()) {
      for (SkillListing l : s.listings()) {
        cluster(p, d, l.cluster(), "skill " + s.id());
      }
    }
    for (ReportOccupation o : d.occupations()) {
      String where = "occupation " + o.id();
      cluster(p, d, o.cluster(), where);
      o.alsoIn().forEach(c -> cluster(p, d, c, where + " (alsoIn)"));
      if (o.subClusters().isEmpty()) {
        p.add(where + " has no sub-cluster");
      }
      boolean ownCluster = false;
      for (SubClusterId s : o.subClusters()) {
        SubCluster sub = subCluster(p, d, s, where);
        ownCluster |= sub != null && sub.cluster().equals(o.cluster());
      }
      if (!o.subClusters().isEmpty() && !ownCluster) {
        p.add(where + " has no sub-cluster in its own cluster " + o.cluster());
      }
    }
    for (PlaceOfWork w : d.places()) {
      cluster(p, d, w.cluster(), "place of work " + w.id());
    }
    for (CrossCuttingApplication a : d.applications()) {
      String where = "cross-cutting application " + a.id();
      Cluster cc = cluster(p, d, a.crossCutting(), where);
      if (cc != null && !cc.crossCutting()) {
        p.add(where + ": cluster " + a.crossCutting() + " is not cross-cutting");
      }
      cluster(p, d, a.cluster(), where);
      inCluster(p, d, a.subCluster(), a.crossCutting(), where);
    }
    for (SocOccupation o : d.socOccupations()) {
      o.memberships().forEach(m -> membership(p, d, m, "SOC " + o.code()));
    }
    for (ProgramOfStudy o : d.programs()) {
      o.memberships().forEach(m -> membership(p, d, m, "CIP " + o.code()));
    }
    Map<SubClusterId, Integer> phrases = new HashMap<>();
    Set<String> seenPhrases = new HashSet<>();
    for (InterestPhrase i : d.interests()) {
      subCluster(p, d, i.subCluster(), "interest phrase '" + i.text() + "'");
      phrases.merge(i.subCluster(), 1, Integer::sum);
      if (!seenPhrases.add(i.subCluster() + "|" + i.text())) {
        p.add("interest phrase '" + i.text() + "' is listed twice under " + i.subCluster());
      }
    }
    for (SubCluster s : d.subClusters()) {
      int n = phrases.getOrDefault(s.id(), 0);
      if (n < expect.minInterestPhrasesPerSubCluster()) {
        p.add(
            "sub-cluster "
                + s.id()
                + " has "
                + n
                + " interest phrases, expected at least "
                + expect.minInterestPhrasesPerSubCluster());
      }
    }
    for (Framework f : d.frameworks()) {
      framework(p, d, f);
    }
    interestProfiles(p, d);
    Map<String, InterestCue> cues = new HashMap<>();
    for (var c : d.interestCues()) {
      var first = cues.putIfAbsent(c.id(), c);
      if (first != null) {
        p.add(
            cueFile(c)
                + ": duplicate interest cue id "
                + c.id()
                + " ('"
                + c.text()
                + "', "
                + c.kind().label()
                + "; first as '"
                + first.text()
                + "', "
                + first.kind().label()
                + " in "
                + cueFile(first)
                + ")");
      }
    }
    vocabularies(p, d);
    for (RiasecType t : RiasecType.values()) {
      long n =
          d.interestCues().stream()
              .filter(c -> c.type() == t && c.kind() == InterestCue.Kind.EVERYDAY)
              .count();
      if (n < expect.minAuthoredCuesPerType()) {
        p.add(
            DataLoader.INTEREST_CUES
                + ": type "
                + t.label()
                + " has "
                + n
                + " everyday cues, expected at least "
                + expect.minAuthoredCuesPerType());
      }
    }

    // every cluster has skills and occupations
    for (Cluster c : d.clusters()) {
      boolean skills = d.skills().stream().anyMatch(s -> s.clusters().contains(c.id()));
      boolean occupations = d.occupations().stream().anyMatch(o -> o.cluster().equals(c.id()));
      if (!skills) {
        p.add("cluster " + c.id() + " has no skills");
      }
      if (!occupations) {
        p.add("cluster " + c.id() + " has no occupations");
      }
    }

    // counts
    count(p, "clusters", d.clusters().size(), expect.clusters());
    count(
        p,
        "cross-cutting clusters",
        (int) d.clusters().stream().filter(Cluster::crossCutting).count(),
        expect.crossCutting());
    count(p, "sub-clusters", d.subClusters().size(), expect.subClusters());
    count(p, "SOC occupations", d.socOccupations().size(), expect.socOccupations());
    count(p, "CIP programs", d.programs().size(), expect.programs());
    expect
        .frameworkGroups()
        .forEach(
            (id, n) -> {
              Framework f = d.framework(id).orElse(null);
              if (f == null) {
                p.add("framework " + id + " is missing");
              } else {
                count(p, "groups of framework " + id, f.groups().size(), n);
              }
            });
    return p;
  }

  /**
   * Subjects and qualities: unique ids, links that resolve, and no name or alias that means two
   * entries.
   */
  private static void vocabularies(List<String> p, FrameworkData d) {
    Map<String, String> owner = new HashMap<>();
    Set<String> subjectIds = new HashSet<>();
    for (Subject s : d.subjects()) {
      String where = DataLoader.SUBJECTS + " subject " + s.id();
      if (!subjectIds.add(s.id())) {
        p.add(DataLoader.SUBJECTS + ": duplicate subject id " + s.id());
      }
      links(p, d, s.links(), where);
      names(p, owner, s.names(), where);
    }
    Set<String> qualityIds = new HashSet<>();
    for (PersonalQuality q : d.qualities()) {
      String where = DataLoader.QUALITIES + " quality " + q.id();
      if (!qualityIds.add(q.id())) {
        p.add(DataLoader.QUALITIES + ": duplicate quality id " + q.id());
      }
      links(p, d, q.links(), where);
      names(p, owner, q.names(), where);
    }
  }

  private static void links(
      List<String> p, FrameworkData d, List<ClusterLink> links, String where) {
    Set<String> targets = new HashSet<>();
    for (ClusterLink l : links) {
      String w = where + " field 'links'";
      if (l.hasSubCluster()) {
        inCluster(p, d, l.subCluster(), l.cluster(), w);
      } else {
        cluster(p, d, l.cluster(), w);
      }
      if (!targets.add(l.target())) {
        p.add(w + " names " + l.target() + " twice");
      }
    }
  }

  /**
   * Names and aliases compare lower-case with runs of spaces, hyphens and dots read as one space.
   */
  static String normalizeName(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[\\s.\\-]+", " ").trim();
  }

  private static void names(
      List<String> p, Map<String, String> owner, List<String> names, String where) {
    for (String n : names) {
      String key = normalizeName(n);
      String first = owner.putIfAbsent(key, where);
      if (first != null) {
        p.add(
            where
                + " field 'aliases': duplicate name or alias '"
                + n
                + "'"
                + (first.equals(where) ? " (listed twice)" : " (already " + first + ")"));
      }
    }
  }

  private static String cueFile(InterestCue c) {
    return c.provenance() == Provenance.ONET_INTERESTS
        ? "onet-interests/"
        : DataLoader.INTEREST_CUES;
  }

  private void interestProfiles(List<String> p, FrameworkData d) {
    String file = InterestProfilesFile.PATH;
    unique(p, "interest profile", d.interestProfiles(), x -> x.level().label() + " " + x.id());
    for (OccupationalInterests x : d.interestProfiles()) {
      String where = file + " " + x.level().label() + " " + x.id();
      if (x.isCluster()) {
        cluster(p, d, x.clusterId(), where);
      } else {
        subCluster(p, d, x.subClusterId(), where);
      }
    }
    if (!expect.interestProfiles()) {
      return;
    }
    String regenerate = " (regenerate it with " + InterestProfilesFile.COMMAND + ")";
    for (Cluster c : d.clusters()) {
      if (d.interestProfile(c.id()).isEmpty()) {
        p.add(file + ": cluster " + c.id() + " has no interest profile" + regenerate);
      }
    }
    for (SubCluster s : d.subClusters()) {
      if (d.interestProfile(s.id()).isEmpty()) {
        p.add(file + ": sub-cluster " + s.id() + " has no interest profile" + regenerate);
      }
    }
  }

  private void framework(List<String> p, FrameworkData d, Framework f) {
    Set<String> groupIds = new HashSet<>();
    for (FrameworkGroup g : f.groups()) {
      String where = "framework " + f.id() + " group " + g.id();
      if (!groupIds.add(g.id())) {
        p.add("duplicate group id " + g.id() + " in framework " + f.id());
      }
      if (g.mapsTo().isEmpty()) {
        p.add(where + " maps to no 2024 cluster");
      }
      mappings(p, d, g, where);
      for (FrameworkGroup pw : g.pathways()) {
        if (!groupIds.add(pw.id())) {
          p.add("duplicate pathway id " + pw.id() + " in framework " + f.id());
        }
        mappings(p, d, pw, where + " pathway " + pw.id());
      }
      for (GroupReference r : g.includes()) {
        Framework other = d.framework(r.framework()).orElse(null);
        if (other == null) {
          p.add(where + " includes unknown framework " + r.framework());
          continue;
        }
        FrameworkGroup og = other.group(r.group()).orElse(null);
        if (og == null) {
          p.add(where + " includes unknown group " + r.framework() + "/" + r.group());
          continue;
        }
        for (String pathway : r.pathways()) {
          if (og.pathways().stream().noneMatch(x -> x.id().equals(pathway))) {
            p.add(
                where
                    + " includes unknown pathway "
                    + pathway
                    + " of "
                    + r.framework()
                    + "/"
                    + r.group());
          }
        }
      }
    }
  }

  private void mappings(List<String> p, FrameworkData d, FrameworkGroup g, String where) {
    for (Mapping m : g.mapsTo()) {
      cluster(p, d, m.cluster(), where);
      m.subClusters().forEach(s -> inCluster(p, d, s, m.cluster(), where));
    }
  }

  private static <T> void unique(
      List<String> p, String what, List<T> values, Function<T, String> id) {
    Set<String> seen = new HashSet<>();
    for (T v : values) {
      String key = id.apply(v);
      if (!seen.add(key)) {
        p.add("duplicate " + what + " id " + key);
      }
    }
  }

  private static Cluster cluster(List<String> p, FrameworkData d, ClusterId id, String where) {
    Cluster c = d.cluster(id).orElse(null);
    if (c == null) {
      p.add(where + " refers to unknown cluster " + id);
    }
    return c;
  }

  private static SubCluster subCluster(
      List<String> p, FrameworkData d, SubClusterId id, String where) {
    SubCluster s = d.subCluster(id).orElse(null);
    if (s == null) {
      p.add(where + " refers to unknown sub-cluster " + id);
    }
    return s;
  }

  private static void inCluster(
      List<String> p, FrameworkData d, SubClusterId id, ClusterId cluster, String where) {
    SubCluster s = subCluster(p, d, id, where);
    if (s != null && !s.cluster().equals(cluster)) {
      p.add(where + ": sub-cluster " + id + " belongs to " + s.cluster() + ", not " + cluster);
    }
  }

  private static void membership(List<String> p, FrameworkData d, Membership m, String where) {
    cluster(p, d, m.cluster(), where);
    inCluster(p, d, m.subCluster(), m.cluster(), where);
  }

  private static void count(List<String> p, String what, int actual, int expected) {
    if (actual != expected) {
      p.add("expected " + expected + " " + what + ", found " + actual);
    }
  }
}

package org.careermatch.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.careermatch.data.interest.InterestCue;
import org.careermatch.data.interest.InterestProfilesFile;
import org.careermatch.data.interest.OccupationalInterests;
import org.careermatch.data.interest.OnetInterests;
import org.careermatch.data.interest.RiasecType;

/**
 * Turns the data files into an immutable, validated {@link FrameworkData}. Every problem found, in
 * parsing or in validation, is collected and reported together in one {@link
 * DataValidationException}.
 */
public final class DataLoader {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private final DataSource source;
  private final DataValidator validator;
  private final List<String> problems = new ArrayList<>();

  private DataLoader(DataSource source, DataValidator validator) {
    this.source = source;
    this.validator = validator;
  }

  /** Loads and validates the embedded default data. */
  public static FrameworkData loadDefault() {
    return load(DataSource.embedded(), new DataValidator(DataValidator.Expectations.NATIONAL));
  }

  /**
   * Loads {@code source} without its computed interest profiles (which are derived from the rest),
   * for the tool that computes them; everything else is validated as usual.
   */
  public static FrameworkData loadWithoutInterestProfiles(DataSource source) {
    DataSource hidden =
        path -> path.equals(InterestProfilesFile.PATH) ? Optional.empty() : source.open(path);
    return load(
        hidden, new DataValidator(DataValidator.Expectations.NATIONAL.withoutInterestProfiles()));
  }

  /**
   * Loads {@code source} and validates it against {@code validator}; throws with every problem
   * found.
   */
  public static FrameworkData load(DataSource source, DataValidator validator) {
    DataLoader loader = new DataLoader(source, validator);
    FrameworkData data = loader.read();
    if (!loader.problems.isEmpty()) {
      throw new DataValidationException(loader.problems);
    }
    List<String> invalid = validator.validate(data);
    if (!invalid.isEmpty()) {
      throw new DataValidationException(invalid);
    }
    return data;
  }

  private FrameworkData read() {
    FixedIds ids = FixedIds.parse(required("ids.tsv"));
    Map<String, Description> clusterDefinitions = new LinkedHashMap<>();
    Map<String, Description> subClusterDescriptions = new LinkedHashMap<>();
    readDescriptions(clusterDefinitions, subClusterDescriptions);

    List<String[]> naicsRows = tsv("crosswalks/naics-sub-clusters.tsv", 4);
    List<Cluster> clusters = readClusters(clusterDefinitions);
    List<SubCluster> subClusters = readSubClusters(subClusterDescriptions);
    NameResolver names = new NameResolver(clusters, subClusters);
    Map<String, List<NaicsSector>> naics = naicsBySubCluster(naicsRows, names);
    clusters = withClusterNaics(clusters, subClusters, naics);
    subClusters =
        subClusters.stream()
            .map(
                s ->
                    new SubCluster(
                        s.id(),
                        s.cluster(),
                        s.title(),
                        s.aliases(),
                        naics.getOrDefault(s.id().value(), List.of()),
                        s.description(),
                        s.provenance()))
            .toList();

    List<SocOccupation> soc =
        readMemberships(
            "crosswalks/soc-clusters.tsv",
            names,
            (code, title, m) ->
                new SocOccupation(code, title, m, Provenance.ADVANCE_CTE_CROSSWALK));
    List<ProgramOfStudy> cip =
        readMemberships(
            "crosswalks/cip-clusters.tsv",
            names,
            (code, title, m) ->
                new ProgramOfStudy(code, title, m, Provenance.ADVANCE_CTE_CROSSWALK));
    // the crosswalk's placeholder for "this sub-cluster has no program" is not a program
    cip = cip.stream().filter(p -> !ProgramOfStudy.NO_MATCH_CODE.equals(p.code())).toList();

    List<Skill> skills = readList("skills.yaml", r -> r.bind(Skill.class, "product"));
    List<ReportOccupation> occupations =
        readList("occupations.yaml", r -> r.bind(ReportOccupation.class, "note", "doubt"));
    List<PlaceOfWork> places = readList("places.yaml", r -> r.bind(PlaceOfWork.class));
    List<CrossCuttingApplication> applications =
        readList("applications.yaml", r -> r.bind(CrossCuttingApplication.class));
    List<InterestPhrase> interests = new ArrayList<>();
    for (String clusterId : ids.clusters().keySet()) {
      String file = "interests/" + clusterId + ".yaml";
      if (source.read(file).isEmpty()) {
        problems.add(file + ": missing (every cluster has an interest file)");
        continue;
      }
      for (List<InterestPhrase> group : readList(file, this::interestGroup)) {
        interests.addAll(group);
      }
    }
    List<Framework> frameworks = new ArrayList<>();
    frameworks.add(nccf2024(clusters, subClusters));
    frameworks.addAll(readFrameworks());
    List<OccupationalInterests> profiles = readInterestProfiles();
    List<InterestCue> cues = new ArrayList<>(readOnetCues());
    for (List<InterestCue> group : readList(INTEREST_CUES, this::cueGroup)) {
      cues.addAll(group);
    }
    List<Subject> subjects = readList(SUBJECTS, r -> subject(r, ids));
    List<PersonalQuality> qualities = readList(QUALITIES, r -> quality(r, ids));
    return new FrameworkData(
        ids,
        clusters,
        subClusters,
        skills,
        occupations,
        places,
        applications,
        soc,
        cip,
        interests,
        frameworks,
        profiles,
        cues,
        subjects,
        qualities);
  }

  // ---- files ----

  private String required(String file) {
    Optional<String> text = source.read(file);
    if (text.isEmpty()) {
      throw new DataValidationException(List.of(file + ": missing"));
    }
    return text.get();
  }

  private JsonNode yaml(String file) {
    Optional<String> text = source.read(file);
    if (text.isEmpty()) {
      problems.add(file + ": missing");
      return null;
    }
    try {
      return YAML.readTree(text.get());
    } catch (IOException e) {
      problems.add(file + ": not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
      return null;
    }
  }

  /**
   * Reads a YAML list of mappings; a bad record becomes a problem naming it, and reading goes on.
   */
  private <T> List<T> readList(String file, Function<YamlRecord, T> convert) {
    JsonNode root = yaml(file);
    List<T> out = new ArrayList<>();
    if (root == null) {
      return out;
    }
    if (!root.isArray()) {
      problems.add(file + ": expected a list of records, found " + YamlRecord.describe(root));
      return out;
    }
    int i = 0;
    for (JsonNode n : root) {
      String where = file + " record " + (i + 1) + idHint(n);
      i++;
      try {
        out.add(convert.apply(new YamlRecord(where, n)));
      } catch (IllegalArgumentException e) {
        problems.add(e.getMessage());
      }
    }
    return out;
  }

  private static String idHint(JsonNode n) {
    if (n != null && n.isObject()) {
      for (String f : List.of("id", "subCluster")) {
        JsonNode v = n.get(f);
        if (v != null && v.isValueNode()) {
          return " (" + f + " '" + v.asText() + "')";
        }
      }
    }
    return "";
  }

  private List<String[]> tsv(String file, int columns) {
    Optional<String> text = source.read(file);
    List<String[]> rows = new ArrayList<>();
    if (text.isEmpty()) {
      problems.add(file + ": missing");
      return rows;
    }
    String[] lines = text.get().split("\r?\n");
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      String[] f = lines[i].split("\t", -1);
      if (f.length < columns) {
        problems.add(file + " line " + (i + 1) + ": " + f.length + " columns, expected " + columns);
        continue;
      }
      for (int c = 0; c < f.length; c++) {
        f[c] = f[c].trim();
      }
      rows.add(f);
    }
    return rows;
  }

  // ---- taxonomy ----

  private void readDescriptions(
      Map<String, Description> clusters, Map<String, Description> subClusters) {
    JsonNode root = yaml("descriptions.yaml");
    if (root == null) {
      return;
    }
    try {
      YamlRecord top = new YamlRecord("descriptions.yaml", root).allow("clusters", "subClusters");
      for (YamlRecord r : top.records("clusters")) {
        read(
            r,
            () ->
                clusters.put(
                    r.allow("id", "text", "provenance").text("id"),
                    new Description(r.text("text"), r.provenance())));
      }
      for (YamlRecord r : top.records("subClusters")) {
        read(
            r,
            () ->
                subClusters.put(
                    r.allow("id", "text", "provenance").text("id"),
                    new Description(r.text("text"), r.provenance())));
      }
    } catch (IllegalArgumentException e) {
      problems.add(e.getMessage());
    }
  }

  private void read(YamlRecord r, Runnable action) {
    try {
      r.convert(
          () -> {
            action.run();
            return null;
          });
    } catch (IllegalArgumentException e) {
      problems.add(e.getMessage());
    }
  }

  private List<Cluster> readClusters(Map<String, Description> definitions) {
    return readList(
        "clusters.yaml",
        r -> {
          r.allow("id", "title", "aliases", "caption", "crossCutting", "provenance");
          String id = r.text("id");
          Description definition = definitions.get(id);
          if (definition == null) {
            throw new IllegalArgumentException(r.where() + ": no definition in descriptions.yaml");
          }
          return r.convert(
              () ->
                  new Cluster(
                      ClusterId.of(id),
                      r.text("title"),
                      r.texts("aliases"),
                      r.text("caption"),
                      r.bool("crossCutting"),
                      List.of(),
                      definition,
                      r.provenance()));
        });
  }

  private List<SubCluster> readSubClusters(Map<String, Description> descriptions) {
    return readList(
        "sub-clusters.yaml",
        r -> {
          r.allow("id", "cluster", "title", "aliases", "provenance");
          String id = r.text("id");
          Description description = descriptions.get(id);
          if (description == null) {
            throw new IllegalArgumentException(r.where() + ": no description in descriptions.yaml");
          }
          List<Alias> aliases =
              r.records("aliases").stream().map(a -> a.bind(Alias.class)).toList();
          return r.convert(
              () ->
                  new SubCluster(
                      SubClusterId.of(id),
                      ClusterId.of(r.text("cluster")),
                      r.text("title"),
                      aliases,
                      List.of(),
                      description,
                      r.provenance()));
        });
  }

  private Map<String, List<NaicsSector>> naicsBySubCluster(
      List<String[]> rows, NameResolver names) {
    Map<String, List<NaicsSector>> out = new LinkedHashMap<>();
    int line = 1;
    for (String[] f : rows) {
      line++;
      Optional<Membership> m =
          membership("crosswalks/naics-sub-clusters.tsv row " + line, f[0], f[1], names);
      if (m.isEmpty()) {
        continue;
      }
      try {
        NaicsSector sector = new NaicsSector(f[2], f[3]);
        List<NaicsSector> list =
            out.computeIfAbsent(m.get().subCluster().value(), k -> new ArrayList<>());
        if (!list.contains(sector)) {
          list.add(sector);
        }
      } catch (IllegalArgumentException e) {
        problems.add("crosswalks/naics-sub-clusters.tsv row " + line + ": " + e.getMessage());
      }
    }
    return out;
  }

  private static List<Cluster> withClusterNaics(
      List<Cluster> clusters, List<SubCluster> subClusters, Map<String, List<NaicsSector>> naics) {
    List<Cluster> out = new ArrayList<>();
    for (Cluster c : clusters) {
      Set<NaicsSector> sectors = new LinkedHashSet<>();
      subClusters.stream()
          .filter(s -> s.cluster().equals(c.id()))
          .forEach(s -> sectors.addAll(naics.getOrDefault(s.id().value(), List.of())));
      out.add(
          new Cluster(
              c.id(),
              c.title(),
              c.aliases(),
              c.caption(),
              c.crossCutting(),
              List.copyOf(sectors),
              c.definition(),
              c.provenance()));
    }
    return out;
  }

  private Optional<Membership> membership(
      String where, String clusterName, String subClusterName, NameResolver names) {
    Optional<ClusterId> cluster = names.cluster(clusterName);
    if (cluster.isEmpty()) {
      problems.add(where + ": unknown cluster name '" + clusterName + "'");
      return Optional.empty();
    }
    Optional<SubClusterId> sub = names.subCluster(cluster.get(), subClusterName);
    if (sub.isEmpty()) {
      problems.add(
          where
              + ": unknown sub-cluster name '"
              + subClusterName
              + "' in cluster "
              + cluster.get());
      return Optional.empty();
    }
    return Optional.of(new Membership(cluster.get(), sub.get()));
  }

  private interface CodedFactory<T> {
    T create(String code, String title, List<Membership> memberships);
  }

  /**
   * Rows {@code code, title, cluster, sub-cluster}, grouped by code in file order, memberships
   * de-duplicated.
   */
  private <T> List<T> readMemberships(String file, NameResolver names, CodedFactory<T> factory) {
    Map<String, String> titles = new LinkedHashMap<>();
    Map<String, Set<Membership>> memberships = new LinkedHashMap<>();
    int line = 1;
    for (String[] f : tsv(file, 4)) {
      line++;
      Optional<Membership> m = membership(file + " row " + line, f[2], f[3], names);
      String previous = titles.putIfAbsent(f[0], f[1]);
      if (previous != null && !previous.equals(f[1])) {
        problems.add(
            file
                + " row "
                + line
                + ": code "
                + f[0]
                + " has two titles '"
                + previous
                + "' and '"
                + f[1]
                + "'");
      }
      m.ifPresent(x -> memberships.computeIfAbsent(f[0], k -> new LinkedHashSet<>()).add(x));
    }
    List<T> out = new ArrayList<>();
    for (Map.Entry<String, String> e : titles.entrySet()) {
      try {
        out.add(
            factory.create(
                e.getKey(),
                e.getValue(),
                List.copyOf(memberships.getOrDefault(e.getKey(), Set.of()))));
      } catch (IllegalArgumentException ex) {
        problems.add(file + ": " + ex.getMessage());
      }
    }
    return out;
  }

  private List<InterestPhrase> interestGroup(YamlRecord r) {
    r.allow("subCluster", "provenance", "phrases");
    SubClusterId sub = r.convert(() -> SubClusterId.of(r.text("subCluster")));
    Provenance provenance = r.provenance();
    List<InterestPhrase> out = new ArrayList<>();
    for (YamlRecord p : r.records("phrases")) {
      p.allow("text", "synonyms");
      out.add(
          p.convert(
              () -> new InterestPhrase(sub, p.text("text"), p.texts("synonyms"), provenance)));
    }
    return out;
  }

  // ---- interest types ----

  /**
   * The computed profiles; a missing file is the validator's to report (the computing tool runs
   * without it).
   */
  private List<OccupationalInterests> readInterestProfiles() {
    Optional<String> text = source.read(InterestProfilesFile.PATH);
    if (text.isEmpty()) {
      return List.of();
    }
    try {
      return InterestProfilesFile.parse(text.get());
    } catch (IllegalArgumentException e) {
      problems.add(e.getMessage());
      return List.of();
    }
  }

  static final String INTEREST_CUES = "interest-cues.yaml";
  static final String SUBJECTS = "subjects.yaml";
  static final String QUALITIES = "qualities.yaml";

  private Subject subject(YamlRecord r, FixedIds ids) {
    r.allow("id", "name", "kind", "aliases", "links", "types", "provenance");
    List<ClusterLink> links = links(r, ids);
    return r.convert(
        () ->
            new Subject(
                r.text("id"),
                r.text("name"),
                Subject.Kind.fromLabel(r.text("kind")),
                r.texts("aliases"),
                links,
                r.typeWeights("types"),
                r.provenance()));
  }

  private PersonalQuality quality(YamlRecord r, FixedIds ids) {
    r.allow("id", "name", "aliases", "types", "links", "provenance");
    List<ClusterLink> links = links(r, ids);
    return r.convert(
        () ->
            new PersonalQuality(
                r.text("id"),
                r.text("name"),
                r.texts("aliases"),
                r.typeWeights("types"),
                links,
                r.provenance()));
  }

  /**
   * {@code links: [{cluster: ID, weight: W} | {subCluster: ID, weight: W}]}; a sub-cluster link
   * gets its cluster from ids.tsv. Unknown cluster ids are left to the validator; an unknown
   * sub-cluster (whose cluster cannot be known) is reported here.
   */
  private static List<ClusterLink> links(YamlRecord r, FixedIds ids) {
    List<ClusterLink> out = new ArrayList<>();
    for (YamlRecord l : r.records("links")) {
      l.allow("cluster", "subCluster", "weight");
      String cluster = l.optionalText("cluster");
      String sub = l.optionalText("subCluster");
      if ((cluster == null) == (sub == null)) {
        throw new IllegalArgumentException(
            l.where() + ": give either field 'cluster' or field 'subCluster'");
      }
      double weight = l.weight("weight");
      if (cluster != null) {
        out.add(l.convert(() -> ClusterLink.toCluster(ClusterId.of(cluster), weight)));
      } else {
        FixedIds.Row row =
            ids.subCluster(sub)
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            l.where()
                                + ": field 'subCluster' refers to unknown sub-cluster '"
                                + sub
                                + "' (not in ids.tsv)"));
        out.add(
            l.convert(
                () -> new ClusterLink(ClusterId.of(row.parent()), SubClusterId.of(sub), weight)));
      }
    }
    return out;
  }

  private List<InterestCue> readOnetCues() {
    Optional<String> keywords = source.read(OnetInterests.KEYWORDS);
    Optional<String> activities = source.read(OnetInterests.ACTIVITIES);
    Optional<String> basic = source.read(OnetInterests.BASIC_TO_RIASEC);
    boolean missing = false;
    for (var f :
        List.of(
            Map.entry(OnetInterests.KEYWORDS, keywords),
            Map.entry(OnetInterests.ACTIVITIES, activities),
            Map.entry(OnetInterests.BASIC_TO_RIASEC, basic))) {
      if (f.getValue().isEmpty()) {
        problems.add(f.getKey() + ": missing");
        missing = true;
      }
    }
    if (missing) {
      return List.of();
    }
    try {
      return OnetInterests.cues(keywords.get(), activities.get(), basic.get());
    } catch (IllegalArgumentException e) {
      problems.add(e.getMessage());
      return List.of();
    }
  }

  private List<InterestCue> cueGroup(YamlRecord r) {
    r.allow("type", "provenance", "cues");
    RiasecType type = r.convert(() -> RiasecType.fromLabel(r.text("type")));
    Provenance provenance = r.provenance();
    List<InterestCue> out = new ArrayList<>();
    for (YamlRecord c : r.records("cues")) {
      try {
        c.allow("text", "weight");
        out.add(
            c.convert(
                () ->
                    InterestCue.of(
                        type,
                        c.text("text"),
                        c.weight("weight"),
                        InterestCue.Kind.EVERYDAY,
                        provenance)));
      } catch (IllegalArgumentException e) {
        problems.add(e.getMessage());
      }
    }
    return out;
  }

  // ---- frameworks ----

  private static Framework nccf2024(List<Cluster> clusters, List<SubCluster> subClusters) {
    List<FrameworkGroup> groups = new ArrayList<>();
    for (Cluster c : clusters) {
      List<FrameworkGroup> pathways =
          subClusters.stream()
              .filter(s -> s.cluster().equals(c.id()))
              .map(
                  s ->
                      new FrameworkGroup(
                          s.id().value(),
                          s.title(),
                          s.description(),
                          s.provenance(),
                          List.of(),
                          List.of(
                              new Mapping(
                                  c.id(), List.of(s.id()), Provenance.ADVANCE_CTE_CROSSWALK)),
                          List.of()))
              .toList();
      groups.add(
          new FrameworkGroup(
              c.id().value(),
              c.title(),
              c.definition(),
              c.provenance(),
              List.of(),
              List.of(new Mapping(c.id(), List.of(), Provenance.REPORT)),
              pathways));
    }
    return new Framework(
        Framework.NCCF_2024,
        "National Career Clusters Framework (2024)",
        FrameworkKind.NATIONAL,
        "Advance CTE, Advancing the National Career Clusters Framework (2024)",
        Provenance.REPORT,
        groups);
  }

  private List<Framework> readFrameworks() {
    JsonNode index = yaml("frameworks/index.yaml");
    List<Framework> out = new ArrayList<>();
    if (index == null) {
      return out;
    }
    if (!index.isArray()) {
      problems.add("frameworks/index.yaml: expected a list of file names");
      return out;
    }
    for (JsonNode name : index) {
      String file = "frameworks/" + name.asText();
      JsonNode root = yaml(file);
      if (root == null) {
        continue;
      }
      try {
        YamlRecord r =
            new YamlRecord(file, root)
                .allow("id", "name", "kind", "source", "provenance", "groups");
        List<FrameworkGroup> groups = new ArrayList<>();
        for (YamlRecord g : r.records("groups")) {
          try {
            groups.add(group(g, true));
          } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
          }
        }
        out.add(
            r.convert(
                () ->
                    new Framework(
                        r.text("id"),
                        r.text("name"),
                        FrameworkKind.fromLabel(r.text("kind")),
                        r.text("source"),
                        r.provenance(),
                        groups)));
      } catch (IllegalArgumentException e) {
        problems.add(e.getMessage());
      }
    }
    return out;
  }

  private FrameworkGroup group(YamlRecord g, boolean top) {
    if (top) {
      g.allow("id", "title", "description", "provenance", "includes", "mapsTo", "pathways");
    } else {
      g.allow("id", "title", "description", "provenance", "includes", "mapsTo");
    }
    Provenance provenance = g.provenance();
    String description = g.optionalText("description");
    List<GroupReference> includes =
        g.records("includes").stream().map(i -> i.bind(GroupReference.class)).toList();
    List<Mapping> mappings = g.records("mapsTo").stream().map(m -> m.bind(Mapping.class)).toList();
    List<FrameworkGroup> pathways = new ArrayList<>();
    if (top) {
      for (YamlRecord p : g.records("pathways")) {
        pathways.add(group(p, false));
      }
    }
    return g.convert(
        () ->
            new FrameworkGroup(
                g.text("id"),
                g.text("title"),
                description == null ? null : new Description(description, provenance),
                provenance,
                includes,
                mappings,
                pathways));
  }
}

package org.careermatch.evaluation.bundled;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.careermatch.data.ClusterId;
import org.careermatch.data.CrossCuttingApplication;
import org.careermatch.data.DataLoader;
import org.careermatch.data.Framework;
import org.careermatch.data.FrameworkData;
import org.careermatch.data.FrameworkGroup;
import org.careermatch.data.Mapping;
import org.careermatch.data.SubCluster;
import org.careermatch.data.SubClusterId;
import org.careermatch.evaluation.suite.Qrels;
import org.careermatch.evaluation.suite.Suite;
import org.careermatch.evaluation.suite.Suites;
import org.careermatch.evaluation.suite.Topic;
import org.careermatch.evaluation.suite.TrecSuiteWriter;

/**
 * Generates the three suites derived from index-data, whose output is checked in under {@code
 * src/main/resources/careermatch/suites/} (a test fails when the files and the data drift apart):
 *
 * <ul>
 *   <li>{@code uv-job-titles}: each sample job title of applications.yaml (the report's
 *       uncrewed-vehicle list), as written in the report. Relevant clusters: the industry cluster
 *       it applies in and its cross-cutting cluster (Digital Technology); relevant sub-cluster: its
 *       cross-cutting sub-cluster (Uncrewed Vehicle Technology). Judgments from the report
 *       (provenance {@code report}).
 *   <li>{@code pathways-2002}: each 2002 career pathway title of frameworks/nccf-2002.yaml.
 *       Relevant clusters: the clusters of all the pathway's mapsTo entries; relevant sub-clusters:
 *       their sub-clusters. Judgments from our mappings (provenance {@code authored}).
 *   <li>{@code sacramento}: each Sacramento Works group description of
 *       frameworks/sacramento-works.yaml. Relevant clusters and sub-clusters: those of its mapsTo
 *       entries. Judgments from our mappings ({@code authored}).
 * </ul>
 *
 * All grades are 1. A mapsTo entry without sub-clusters stands for its whole cluster, so it makes
 * every sub-cluster of that cluster relevant. Topic ids are a suite prefix plus the source's id, so
 * they stay stable when the data is reordered; docids are sorted within a topic. Regenerate with
 * {@link #main(String[])} or with {@code ./mvnw -o -pl evaluation/tools -am test
 * -Dtest=DerivedSuitesTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dcareermatch.suites.regenerate=true}.
 */
public final class DerivedSuites {
  public static final String UV_JOB_TITLES = "uv-job-titles";
  public static final String PATHWAYS_2002 = "pathways-2002";
  public static final String SACRAMENTO = "sacramento";

  /** The names of the generated suites. */
  public static final List<String> NAMES = List.of(UV_JOB_TITLES, PATHWAYS_2002, SACRAMENTO);

  private static final String NCCF_2002 = "nccf-2002";
  private static final String SACRAMENTO_WORKS = "sacramento-works";

  private DerivedSuites() {}

  /** All generated suites, by name. */
  public static Map<String, Suite> generate(FrameworkData data) {
    Map<String, Suite> suites = new LinkedHashMap<>();
    suites.put(UV_JOB_TITLES, uvJobTitles(data));
    suites.put(PATHWAYS_2002, pathways2002(data));
    suites.put(SACRAMENTO, sacramento(data));
    return suites;
  }

  /** File name -> content of every generated file, as checked in. */
  public static Map<String, String> files(FrameworkData data) {
    Map<String, String> files = new LinkedHashMap<>();
    generate(data)
        .forEach(
            (name, suite) -> {
              files.put(name + Suites.TOPICS_SUFFIX, TrecSuiteWriter.topics(suite.topics()));
              files.put(name + Suites.QRELS_SUFFIX, TrecSuiteWriter.qrels(suite.clusterQrels()));
              if (suite.subClusterQrels().size() > 0) {
                files.put(
                    name + Suites.SUB_QRELS_SUFFIX, TrecSuiteWriter.qrels(suite.subClusterQrels()));
              }
            });
    return files;
  }

  /** Writes every generated file into {@code directory}. */
  public static void write(FrameworkData data, Path directory) throws IOException {
    Files.createDirectories(directory);
    for (Map.Entry<String, String> file : files(data).entrySet()) {
      Files.writeString(directory.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
    }
  }

  /** Regenerates the suites into the directory given (default: this module's suites folder). */
  public static void main(String[] args) throws IOException {
    Path directory =
        Path.of(
            args.length > 0 ? args[0] : "evaluation/tools/src/main/resources/careermatch/suites");
    FrameworkData data = DataLoader.loadDefault();
    write(data, directory);
    System.out.println("wrote " + files(data).keySet() + " to " + directory);
  }

  static Suite uvJobTitles(FrameworkData data) {
    Generated g = new Generated(UV_JOB_TITLES);
    for (CrossCuttingApplication app : data.applications()) {
      String qid = "uv-" + app.cluster().value();
      g.topic(qid, app.sampleJobTitle());
      g.cluster(qid, app.cluster());
      g.cluster(qid, app.crossCutting());
      g.subCluster(qid, app.subCluster());
    }
    return g.build();
  }

  static Suite pathways2002(FrameworkData data) {
    Generated g = new Generated(PATHWAYS_2002);
    for (FrameworkGroup group : framework(data, NCCF_2002).groups()) {
      for (FrameworkGroup pathway : group.pathways()) {
        if (pathway.mapsTo().isEmpty()) {
          continue;
        }
        String qid = "p2002-" + lastSegment(pathway.id());
        g.topic(qid, pathway.title());
        g.mappings(data, qid, pathway.mapsTo());
      }
    }
    return g.build();
  }

  static Suite sacramento(FrameworkData data) {
    Generated g = new Generated(SACRAMENTO);
    for (FrameworkGroup group : framework(data, SACRAMENTO_WORKS).groups()) {
      if (group.description() == null || group.mapsTo().isEmpty()) {
        continue;
      }
      String qid = "sac-" + group.id();
      g.topic(qid, group.description().text());
      g.mappings(data, qid, group.mapsTo());
    }
    return g.build();
  }

  private static Framework framework(FrameworkData data, String id) {
    return data.framework(id)
        .orElseThrow(() -> new IllegalStateException("index-data has no framework " + id));
  }

  private static String lastSegment(String id) {
    return id.substring(id.lastIndexOf('/') + 1);
  }

  /** Collects one suite: topics in source order, judged docids sorted per topic, grade 1. */
  private static final class Generated {
    private final String name;
    private final List<Topic> topics = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    private final Map<String, Set<String>> clusters = new LinkedHashMap<>();
    private final Map<String, Set<String>> subClusters = new LinkedHashMap<>();

    Generated(String name) {
      this.name = name;
    }

    void topic(String qid, String text) {
      if (!ids.add(qid)) {
        throw new IllegalStateException(
            "suite "
                + name
                + " would have two topics "
                + qid
                + "; make the source ids distinct or change the id scheme in DerivedSuites");
      }
      topics.add(Topic.ofText(qid, text.strip().replaceAll("\\s+", " ")));
    }

    void cluster(String qid, ClusterId cluster) {
      clusters.computeIfAbsent(qid, k -> new TreeSet<>()).add(cluster.value());
    }

    void subCluster(String qid, SubClusterId subCluster) {
      subClusters.computeIfAbsent(qid, k -> new TreeSet<>()).add(subCluster.value());
    }

    void mappings(FrameworkData data, String qid, List<Mapping> mappings) {
      for (Mapping m : mappings) {
        cluster(qid, m.cluster());
        if (m.wholeCluster()) {
          for (SubCluster s : data.subClustersOf(m.cluster())) {
            subCluster(qid, s.id());
          }
        } else {
          m.subClusters().forEach(s -> subCluster(qid, s));
        }
      }
    }

    Suite build() {
      return new Suite(name, topics, qrels(clusters), qrels(subClusters));
    }

    private static Qrels qrels(Map<String, Set<String>> judged) {
      Qrels.Builder qrels = Qrels.builder();
      judged.forEach((qid, docids) -> docids.forEach(docid -> qrels.add(qid, docid, 1)));
      return qrels.build();
    }
  }
}

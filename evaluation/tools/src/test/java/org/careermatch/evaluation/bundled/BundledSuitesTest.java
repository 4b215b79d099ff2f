package org.careermatch.evaluation.bundled;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.careermatch.data.DataLoader;
import org.careermatch.data.FixedIds;
import org.careermatch.data.FrameworkData;
import org.careermatch.evaluation.suite.Suite;
import org.careermatch.evaluation.suite.Suites;
import org.careermatch.evaluation.suite.Topic;
import org.careermatch.evaluation.suite.TrecSuiteWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled suites load, judge only real ids, and have the sizes the README states. */
class BundledSuitesTest {
  private static FrameworkData data;

  @BeforeAll
  static void load() {
    data = DataLoader.loadDefault();
  }

  @Test
  void everyBundledSuiteLoadsAndJudgesOnlyIdsOfIdsTsv() throws IOException {
    FixedIds ids = data.fixedIds();
    Set<String> clusters =
        data.clusters().stream().map(c -> c.id().value()).collect(Collectors.toSet());
    Set<String> subClusters =
        data.subClusters().stream().map(s -> s.id().value()).collect(Collectors.toSet());
    assertEquals(14, clusters.size());
    assertEquals(72, subClusters.size());
    for (String name : BundledSuites.NAMES) {
      Suite suite = BundledSuites.load(name);
      assertFalse(suite.topics().isEmpty(), name);
      for (String qid : suite.clusterQrels().topics()) {
        for (String docid : suite.clusterQrels().judgments(qid).keySet()) {
          assertTrue(
              clusters.contains(docid), name + ": " + qid + " judges unknown cluster " + docid);
        }
        assertTrue(
            suite.clusterQrels().relevantCount(qid) > 0,
            name + ": " + qid + " has no relevant cluster");
      }
      for (String qid : suite.subClusterQrels().topics()) {
        for (String docid : suite.subClusterQrels().judgments(qid).keySet()) {
          assertTrue(
              subClusters.contains(docid),
              name + ": " + qid + " judges unknown sub-cluster " + docid);
        }
      }
      long unjudged = 0;
      for (Topic t : suite.topics()) {
        unjudged += suite.clusterQrels().hasTopic(t.id()) ? 0 : 1;
        assertTrue(
            data.framework(t.framework()).isPresent(),
            name + ": unknown framework " + t.framework());
      }
      // student-voice's 6 profiles too vague for any grade have no judgments; every other topic is
      // judged
      assertEquals(
          name.equals("dev/student-voice") ? 6 : 0,
          unjudged,
          name + ": topics without cluster judgments");
    }
    assertTrue(ids.clusters().size() == 14, "ids.tsv");
  }

  @Test
  void bundledSuiteSizes() throws IOException {
    Map<String, Integer> sizes =
        Map.ofEntries(
            Map.entry("learner-profiles", 257),
            Map.entry("dev/alt-titles", 1260),
            Map.entry("dev/reported-titles", 763),
            Map.entry("dev/tasks", 750),
            Map.entry("dev/interest-survey", 126),
            Map.entry("dev/interest-survey-activities", 52),
            Map.entry("dev/interest-survey-qualities", 37),
            Map.entry("dev/interest-survey-subjects", 37),
            Map.entry("dev/survey-profiles", 180),
            Map.entry("dev/student-voice", 100),
            Map.entry("uv-job-titles", 11),
            Map.entry("pathways-2002", 79),
            Map.entry("sacramento", 7));
    assertEquals(Set.copyOf(BundledSuites.NAMES), sizes.keySet());
    for (Map.Entry<String, Integer> e : sizes.entrySet()) {
      assertEquals(e.getValue(), BundledSuites.load(e.getKey()).topics().size(), e.getKey());
    }
    assertEquals("dev/alt-titles", BundledSuites.load("dev/alt-titles").name());
    assertEquals(1554, BundledSuites.load("dev/alt-titles").clusterQrels().size());
    assertEquals(1800, BundledSuites.load("dev/alt-titles").subClusterQrels().size());
  }

  @Test
  void theInterestSurveysPartsAreItsStatementsByKind() throws IOException {
    Suite whole = BundledSuites.load("dev/interest-survey");
    int topics = 0;
    int judgments = 0;
    for (String kind : List.of("activities", "qualities", "subjects")) {
      Suite part = BundledSuites.load("dev/interest-survey-" + kind);
      assertEquals("dev/interest-survey-" + kind, part.name());
      String code =
          Map.of("activities", "-act-", "qualities", "-per-", "subjects", "-sch-").get(kind);
      for (Topic t : part.topics()) {
        assertTrue(t.id().contains(code), kind + ": " + t.id());
        assertEquals(whole.topic(t.id()).orElseThrow(), t);
        assertEquals(whole.clusterQrels().judgments(t.id()), part.clusterQrels().judgments(t.id()));
      }
      topics += part.topics().size();
      judgments += part.clusterQrels().size();
    }
    assertEquals(whole.topics().size(), topics);
    assertEquals(whole.clusterQrels().size(), judgments);
  }

  @Test
  void studentVoiceTopicsCarryTheLearnersSkills() throws IOException {
    Suite suite = BundledSuites.load("dev/student-voice");
    assertEquals(
        List.of("procreate", "photoshop", "drawing"), suite.topic("s1-002").orElseThrow().skills());
    assertEquals(List.of(), suite.topic("s1-019").orElseThrow().skills());
    assertEquals(94, suite.clusterQrels().topics().size());
  }

  @Test
  void unknownSuiteIsNamed() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> BundledSuites.load("nope"));
    assertTrue(e.getMessage().startsWith("no bundled suite named nope"), e.getMessage());
  }

  @Test
  void trecSuitesRoundTripThroughFiles(@TempDir Path dir) throws IOException {
    Suite suite = BundledSuites.load("sacramento");
    TrecSuiteWriter.write(suite, dir, "copy");
    Suite read = Suites.read(dir.resolve("copy.topics.tsv"));
    assertEquals(
        new Suite("copy", suite.topics(), suite.clusterQrels(), suite.subClusterQrels()), read);
  }

  @Test
  void topicsWithSkillsRoundTripThroughFiles(@TempDir Path dir) throws IOException {
    Suite suite = BundledSuites.load("dev/student-voice");
    TrecSuiteWriter.write(suite, dir, "copy");
    assertEquals(
        new Suite("copy", suite.topics(), suite.clusterQrels(), suite.subClusterQrels()),
        Suites.read(dir.resolve("copy.topics.tsv")));
  }

  @Test
  void trecWriterRefusesWhatTheFormatCannotHold() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                TrecSuiteWriter.topics(
                    List.of(new Topic("p", "x", List.of("sewing"), "nccf-2002"))));
    assertTrue(e.getMessage().startsWith("topic p has the framework nccf-2002"), e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                TrecSuiteWriter.topics(
                    List.of(new Topic("p", "x", List.of("sewing;knitting"), "nccf-2024"))));
    assertTrue(e.getMessage().startsWith("skill 'sewing;knitting' of topic p"), e.getMessage());
  }
}

package org.careermatch.evaluation.bundled;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careermatch.data.DataLoader;
import org.careermatch.data.FrameworkData;
import org.careermatch.evaluation.suite.Suite;
import org.careermatch.evaluation.suite.Topic;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The checked-in derived suites are exactly what {@link DerivedSuites} generates from index-data.
 * After changing the data, regenerate them with {@code ./mvnw -o -pl evaluation/tools -am test
 * -Dtest=DerivedSuitesTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dcareermatch.suites.regenerate=true}.
 */
class DerivedSuitesTest {
  private static final String REGENERATE = "careermatch.suites.regenerate";
  private static final Path SOURCE_DIR = Path.of("src/main/resources/careermatch/suites");
  private static FrameworkData data;

  @BeforeAll
  static void load() throws IOException {
    data = DataLoader.loadDefault();
    if (Boolean.getBoolean(REGENERATE)) {
      // surefire runs in the module directory
      DerivedSuites.write(data, SOURCE_DIR);
    }
  }

  @Test
  void checkedInFilesMatchTheGenerator() throws IOException {
    Map<String, String> files = DerivedSuites.files(data);
    assertEquals(9, files.size(), files.keySet().toString());
    for (Map.Entry<String, String> file : files.entrySet()) {
      if (Boolean.getBoolean(REGENERATE)) {
        // the class path still holds the old copies until the next build
        assertEquals(
            file.getValue(),
            Files.readString(SOURCE_DIR.resolve(file.getKey()), StandardCharsets.UTF_8));
        continue;
      }
      String resource = BundledSuites.RESOURCE_ROOT + file.getKey();
      try (InputStream in = DerivedSuites.class.getClassLoader().getResourceAsStream(resource)) {
        assertNotNull(in, resource + " is missing; regenerate with -D" + REGENERATE + "=true");
        assertEquals(
            file.getValue(),
            new String(in.readAllBytes(), StandardCharsets.UTF_8),
            resource
                + " differs from the generator's output; regenerate with -D"
                + REGENERATE
                + "=true");
      }
    }
  }

  @Test
  void uvJobTitlesJudgeTheIndustryClusterAndDigitalTechnology() {
    Suite suite = DerivedSuites.uvJobTitles(data);
    assertEquals(11, suite.topics().size());
    Topic ag = suite.topic("uv-agriculture").orElseThrow();
    assertEquals("Precision Agriculture Technician", ag.interests());
    assertEquals(
        Map.of("agriculture", 1, "digital-technology", 1), suite.clusterQrels().judgments(ag.id()));
    assertEquals(
        Map.of("uncrewed-vehicle-technology", 1), suite.subClusterQrels().judgments(ag.id()));
  }

  @Test
  void pathwaysJudgeEveryMapsToEntry() {
    Suite suite = DerivedSuites.pathways2002(data);
    assertEquals(79, suite.topics().size());
    Topic env = suite.topic("p2002-environmental-service-systems").orElseThrow();
    assertEquals("Environmental Service Systems", env.interests());
    assertEquals(
        Set.of("agriculture", "energy-natural-resources"),
        suite.clusterQrels().judgments(env.id()).keySet());
    assertEquals(
        Set.of("environmental-protection", "utilities", "water-systems"),
        suite.subClusterQrels().judgments(env.id()).keySet());
  }

  @Test
  void sacramentoExpandsWholeClusterMappingsToTheirSubClusters() {
    Suite suite = DerivedSuites.sacramento(data);
    assertEquals(7, suite.topics().size());
    String qid = "sac-agriculture-food-hospitality";
    assertEquals(
        List.of(
            "agriculture",
            "arts-entertainment-design",
            "hospitality-events-tourism",
            "marketing-sales"),
        List.copyOf(suite.clusterQrels().judgments(qid).keySet()));
    Set<String> sub = suite.subClusterQrels().judgments(qid).keySet();
    // agriculture is mapped whole: all six of its sub-clusters, plus the named ones of the other
    // three (4 + 1 + 1)
    assertEquals(12, sub.size(), sub.toString());
    assertEquals(true, sub.contains("animal-systems") && sub.contains("performing-arts"));
  }
}

package org.careermatch.evaluation.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.careermatch.evaluation.InputFormatException;
import org.junit.jupiter.api.Test;

class JsonSuiteReaderTest {
  private static final String HEAD = """
      {
        "name": "tiny",
        "description": "two profiles",
        "provenance": "authored",
        "grades": {"2": "strong", "1": "plausible"},
        "profiles": [
      """;

  private static final String P1 = """
          {"id": "p1", "interests": "drones", "skills": ["flying"], "framework": "nccf-2024",
           "judgments": {"clusters": {"digital-technology": 2, "construction": 1},
                         "subClusters": {"uncrewed-vehicle-technology": 2}}}""";

  private static final String P2 = """
          {"id": "p2", "interests": "", "skills": ["sewing"], "framework": "nccf-2024",
           "judgments": {"clusters": {"arts-entertainment-design": 2}}}""";

  @Test
  void readsProfilesAndJudgments() throws IOException {
    Suite suite = read(HEAD + P1 + ",\n" + P2 + "\n  ]\n}\n");
    assertEquals("tiny", suite.name());
    assertEquals(List.of(
        new Topic("p1", "drones", List.of("flying"), "nccf-2024"),
        new Topic("p2", "", List.of("sewing"), "nccf-2024")), suite.topics());
    assertEquals(Map.of("digital-technology", 2, "construction", 1), suite.clusterQrels().judgments("p1"));
    assertEquals(Map.of("uncrewed-vehicle-technology", 2), suite.subClusterQrels().judgments("p1"));
    assertEquals(List.of("p1"), List.copyOf(suite.subClusterQrels().topics()));
    assertEquals("drones [skills: flying]", suite.topics().get(0).text());
    assertEquals("[skills: sewing]", suite.topics().get(1).text());
  }

  @Test
  void syntaxErrorsNameTheLine() {
    // line 10 is P2's first line (HEAD has 6 lines, P1 3), where the missing comma between the profiles is noticed
    InputFormatException e = assertThrows(InputFormatException.class,
        () -> read(HEAD + P1 + "\n" + P2 + "\n  ]\n}\n"));
    assertTrue(e.getMessage().startsWith("tiny.json:10: Unexpected character"), e.getMessage());
    assertEquals(10, e.line());
  }

  @Test
  void badProfilesNameTheLineWhereTheProfileStartsAndTheProfile() {
    // P2 starts on line 10 (HEAD has 6 lines, P1 3)
    String badGrade = P2.replace("\"arts-entertainment-design\": 2", "\"arts-entertainment-design\": 3");
    assertError(HEAD + P1 + ",\n" + badGrade + "\n]}", 10,
        "profile p2: judgments.clusters.arts-entertainment-design has grade 3, which is not among the suite's grades [1, 2]");
    String textGrade = P2.replace("\"arts-entertainment-design\": 2", "\"arts-entertainment-design\": \"2\"");
    assertError(HEAD + P1 + ",\n" + textGrade + "\n]}", 10,
        "profile p2: judgments.clusters.arts-entertainment-design must be an integer grade (was \"2\")");
    String noJudgments = P2.replace("\"clusters\": {\"arts-entertainment-design\": 2}", "\"clusters\": {}");
    assertError(HEAD + P1 + ",\n" + noJudgments + "\n]}", 10,
        "profile p2: needs a non-empty 'judgments.clusters' object");
    String empty = P2.replace("\"skills\": [\"sewing\"]", "\"skills\": []");
    assertError(HEAD + P1 + ",\n" + empty + "\n]}", 10,
        "topic 'p2': a profile needs interests or at least one skill; both are empty");
    String typo = P2.replace("\"skills\"", "\"skils\"");
    assertError(HEAD + P1 + ",\n" + typo + "\n]}", 10, "profile p2: unknown field 'skils' in profile "
        + "(expected one of framework, id, interests, judgments, skills)");
    assertError(HEAD + P1 + ",\n" + P1 + "\n]}", 10, "profile p1 repeats the profile on line 7");
  }

  @Test
  void badTopLevelFields() {
    assertError("{\"name\": \"x\", \"profiles\": []}", 0, "missing field 'description'");
    assertError("{\n\"name\": \"x\",\n\"nme\": 1}", 3, "unknown field 'nme'");
    assertError(HEAD.replace("\"2\": \"strong\"", "\"two\": \"strong\"") + "]}", 5, "grade 'two' is not an integer");
    InputFormatException e = assertThrows(InputFormatException.class,
        () -> read("{\"name\": \"x\", \"name\": \"y\"}"));
    assertTrue(e.getMessage().contains("Duplicate field 'name'"), e.getMessage());
  }

  private static void assertError(String json, int line, String message) {
    InputFormatException e = assertThrows(InputFormatException.class, () -> read(json));
    String expected = (line > 0 ? "tiny.json:" + line + ": " : "tiny.json: ") + message;
    assertTrue(e.getMessage().startsWith(expected), "expected " + expected + "\nbut was " + e.getMessage());
  }

  private static Suite read(String json) throws IOException {
    return JsonSuiteReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "tiny.json");
  }
}

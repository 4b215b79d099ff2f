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
  private static final String HEAD =
      """
      {
        "name": "tiny",
        "description": "two topics",
        "provenance": "authored",
        "grades": {"2": "strong", "1": "plausible"},
        "topics": [
      """;

  private static final String T1 =
      """
          {"id": "p1", "interests": "drones", "skills": ["flying"], "framework": "nccf-2024"}""";

  private static final String T2 =
      """
          {"id": "p2",
           "skills": ["sewing"]}""";

  private static final String QRELS =
      """

        ],
        "qrels": {"p1": {"digital-technology": 2, "construction": 1}, "p2": {"arts-entertainment-design": 2}},
        "subQrels": {"p1": {"uncrewed-vehicle-technology": 2}}
      }
      """;

  @Test
  void readsTopicsAndJudgmentsInTheApisFormat() throws IOException {
    Suite suite = read(HEAD + T1 + ",\n" + T2 + QRELS);
    assertEquals("tiny", suite.name());
    assertEquals(
        List.of(
            new Topic("p1", "drones", List.of("flying"), "nccf-2024"),
            new Topic("p2", "", List.of("sewing"), "nccf-2024")),
        suite.topics());
    assertEquals(
        Map.of("digital-technology", 2, "construction", 1), suite.clusterQrels().judgments("p1"));
    assertEquals(Map.of("uncrewed-vehicle-technology", 2), suite.subClusterQrels().judgments("p1"));
    assertEquals(List.of("p1"), List.copyOf(suite.subClusterQrels().topics()));
    assertEquals("drones [skills: flying]", suite.topics().get(0).text());
    assertEquals("[skills: sewing]", suite.topics().get(1).text());
  }

  @Test
  void syntaxErrorsNameTheLine() {
    // line 8 is T2's first line (HEAD has 6 lines, T1 1), where the missing comma between the
    // topics is noticed
    InputFormatException e =
        assertThrows(InputFormatException.class, () -> read(HEAD + T1 + "\n" + T2 + QRELS));
    assertTrue(
        e.getMessage()
            .startsWith(
                "tiny.json:8: topics: Unexpected character ('{' (code 123)): was expecting"
                    + " comma to separate Array entries"),
        e.getMessage());
    assertEquals(8, e.line());
  }

  @Test
  void badTopicsNameTheLineWhereTheTopicStartsAndTheTopic() {
    // T2 starts on line 8 (HEAD has 6 lines, T1 1)
    String empty = T2.replace("\"skills\": [\"sewing\"]", "\"skills\": []");
    assertError(
        HEAD + T1 + ",\n" + empty + QRELS,
        8,
        "topic 'p2': a profile needs interests or at least one skill; both are empty");
    String typo = T2.replace("\"skills\"", "\"skils\"");
    assertError(
        HEAD + T1 + ",\n" + typo + QRELS,
        9,
        "unknown field 'skils' in topics[1] "
            + "(expected one of framework, id, interests, skills)");
    String notAList = T2.replace("[\"sewing\"]", "\"sewing\"");
    assertError(
        HEAD + T1 + ",\n" + notAList + QRELS,
        9,
        "topics[1].skills: expected an array (was \"sewing\")");
    assertError(HEAD + T1 + ",\n" + T1 + QRELS, 8, "topic p1 repeats the topic on line 7");
  }

  @Test
  void badJudgmentsNameTheField() {
    assertError(
        HEAD
            + T1
            + ",\n"
            + T2
            + QRELS.replace("\"arts-entertainment-design\": 2", "\"arts-entertainment-design\": 3"),
        0,
        "qrels.p2.arts-entertainment-design: grade 3 is not among the suite's grades [1, 2]");
    assertError(
        HEAD
            + T1
            + ",\n"
            + T2
            + QRELS.replace(
                "\"arts-entertainment-design\": 2", "\"arts-entertainment-design\": \"2\""),
        11,
        "qrels.p2.arts-entertainment-design: expected an integer (was \"2\")");
    assertError(
        HEAD + T1 + ",\n" + T2 + QRELS.replace("\"subQrels\": {\"p1\"", "\"subQrels\": {\"p3\""),
        0,
        "subQrels.p3: judges p3, which is not one of the topics");
    assertError(
        HEAD
            + T1
            + ",\n"
            + T2
            + QRELS.replace("\"p2\": {\"arts-entertainment-design\": 2}", "\"p2\": {}"),
        0,
        "qrels.p2: needs at least one judgment");
  }

  @Test
  void badTopLevelFields() {
    assertError(
        "{\"name\": \"x\", \"topics\": [], \"qrels\": {}}", 0, "missing field 'description'");
    assertError(
        "{\n\"name\": \"x\",\n\"nme\": 1}",
        3,
        "unknown field 'nme' (expected one of description, grades, "
            + "name, provenance, qrels, subQrels, topics)");
    assertError(
        HEAD.replace("\"2\": \"strong\"", "\"two\": \"strong\"") + T1 + QRELS,
        0,
        "grades: grade 'two' is not an integer");
    assertError(
        "{\"name\": \"x\", \"description\": \"d\", \"provenance\": \"p\", \"topics\": []}",
        0,
        "missing field 'qrels'");
    InputFormatException e =
        assertThrows(InputFormatException.class, () -> read("{\"name\": \"x\", \"name\": \"y\"}"));
    assertTrue(e.getMessage().contains("Duplicate field 'name'"), e.getMessage());
  }

  private static void assertError(String json, int line, String message) {
    InputFormatException e = assertThrows(InputFormatException.class, () -> read(json));
    String expected = (line > 0 ? "tiny.json:" + line + ": " : "tiny.json: ") + message;
    assertTrue(
        e.getMessage().startsWith(expected),
        "expected " + expected + "\nbut was " + e.getMessage());
  }

  private static Suite read(String json) throws IOException {
    return JsonSuiteReader.read(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "tiny.json");
  }
}

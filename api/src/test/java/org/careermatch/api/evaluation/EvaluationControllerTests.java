package org.careermatch.api.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.careermatch.api.ApiSliceTest;
import org.careermatch.api.TestEngine;
import org.careermatch.evaluation.metrics.Evaluator;
import org.careermatch.evaluation.metrics.Metric;
import org.careermatch.evaluation.runner.EngineRunner;
import org.careermatch.evaluation.runner.SuiteEvaluator;
import org.careermatch.evaluation.suite.JsonSuiteReader;
import org.careermatch.evaluation.suite.Qrels;
import org.careermatch.evaluation.suite.Suite;
import org.careermatch.evaluation.suite.Topic;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@ApiSliceTest
class EvaluationControllerTests {
  private static final String SUITE =
      """
      {"name": "three",
       "topics": [
         {"id": "q1", "interests": "I love animals and want to work outside"},
         {"id": "q2", "skills": ["Python", "SQL", "Tableau"]},
         {"id": "q3", "interests": "i want to be a nurse"}],
       "qrels": {"q1": {"agriculture": 1}, "q2": {"digital-technology": 1, "financial-services": 1},
                 "q3": {"healthcare-human-services": 2}},
       "subQrels": {"q1": {"animal-systems": 1}}}
      """;

  @Autowired private MockMvc mvc;

  @Autowired private ObjectMapper json;

  private ResultActions evaluate(String body) throws Exception {
    return mvc.perform(
        post("/api/v1/evaluations").contentType(MediaType.APPLICATION_JSON).content(body));
  }

  @Test
  void theNumbersAreTheEvaluationModulesForTheSameSuite() throws Exception {
    String out =
        evaluate(SUITE).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    JsonNode r = json.readTree(out);
    Suite suite =
        new Suite(
            "three",
            List.of(
                new Topic("q1", "I love animals and want to work outside", List.of(), "nccf-2024"),
                new Topic("q2", "", List.of("Python", "SQL", "Tableau"), "nccf-2024"),
                new Topic("q3", "i want to be a nurse", List.of(), "nccf-2024")),
            Qrels.builder()
                .add("q1", "agriculture", 1)
                .add("q2", "digital-technology", 1)
                .add("q2", "financial-services", 1)
                .add("q3", "healthcare-human-services", 2)
                .build(),
            Qrels.builder().add("q1", "animal-systems", 1).build());
    SuiteEvaluator.Result expected =
        SuiteEvaluator.evaluate(suite, new EngineRunner(TestEngine.engine()));
    assertThat(r.get("numQueries").asInt()).isEqualTo(3);
    for (Metric m : SuiteEvaluator.CLUSTER_METRICS) {
      assertThat(r.get("metrics").get(m.name()).asDouble())
          .as(m.name())
          .isCloseTo(expected.clusters().mean(m), offset(1e-12));
    }
    assertThat(r.get("subMetrics").get("ndcg_cut_5").asDouble())
        .isCloseTo(expected.subClusters().mean(Metric.ndcgCut(5)), offset(1e-12));
    assertThat(r.get("perQuery").get(0).get("top").get(0).asText())
        .isEqualTo(
            TestEngine.engine()
                .match(
                    org.careermatch.engine.LearnerProfile.of(
                        "I love animals and want to work outside"))
                .clusters()
                .get(0)
                .id());
    assertThat(r.get("perQuery").get(1).get("metrics").get("recip_rank").asDouble())
        .isCloseTo(expected.clusters().value("q2", Metric.RECIP_RANK), offset(1e-12));
  }

  @Test
  void aJsonSuiteFileIsAnInlineSuiteAsItIs() throws Exception {
    // the evaluation module's suite file format: the inline suite with the suite's description of
    // itself
    String file =
        SUITE
            .strip()
            .replaceFirst(
                "^\\{",
                "{\"description\": \"three learners\", \"provenance\": "
                    + "\"authored\", \"grades\": {\"2\": \"strong fit\", \"1\": \"plausible fit\"},");
    Suite suite =
        JsonSuiteReader.read(
            new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), "three.json");
    SuiteEvaluator.Result expected =
        SuiteEvaluator.evaluate(suite, new EngineRunner(TestEngine.engine()));
    JsonNode r =
        json.readTree(
            evaluate(file)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(r.get("name").asText()).isEqualTo("three");
    for (Metric m : SuiteEvaluator.CLUSTER_METRICS) {
      assertThat(r.get("metrics").get(m.name()).asDouble())
          .as(m.name())
          .isCloseTo(expected.clusters().mean(m), offset(1e-12));
    }
    assertThat(r.get("subMetrics").get("ndcg_cut_5").asDouble())
        .isCloseTo(expected.subClusters().mean(Metric.ndcgCut(5)), offset(1e-12));
  }

  @Test
  void requestedMetricsAreComputedByTheEvaluatorOnTheEngineRunnersOutput() throws Exception {
    String body =
        SUITE
            .strip()
            .replaceFirst("}$", ", \"metrics\": [\"ndcg_cut_1\", \"P_2\", \"recip_rank\"]}");
    JsonNode r =
        json.readTree(
            evaluate(body)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    Suite suite =
        new Suite(
            "three",
            List.of(
                new Topic("q1", "I love animals and want to work outside", List.of(), "nccf-2024"),
                new Topic("q2", "", List.of("Python", "SQL", "Tableau"), "nccf-2024"),
                new Topic("q3", "i want to be a nurse", List.of(), "nccf-2024")),
            Qrels.builder()
                .add("q1", "agriculture", 1)
                .add("q2", "digital-technology", 1)
                .add("q2", "financial-services", 1)
                .add("q3", "healthcare-human-services", 2)
                .build(),
            Qrels.EMPTY);
    List<Metric> metrics = List.of(Metric.ndcgCut(1), Metric.precision(2), Metric.RECIP_RANK);
    var expected =
        new Evaluator(metrics)
            .evaluate(
                suite.clusterQrels(), new EngineRunner(TestEngine.engine()).run(suite).clusters());
    assertThat(r.get("metrics").size()).isEqualTo(3);
    for (Metric m : metrics) {
      assertThat(r.get("metrics").get(m.name()).asDouble())
          .as(m.name())
          .isCloseTo(expected.mean(m), offset(1e-12));
      assertThat(r.get("perQuery").get(2).get("metrics").get(m.name()).asDouble())
          .isCloseTo(expected.value("q3", m), offset(1e-12));
    }
  }

  @Test
  void anUnknownMetricIsAProblem() throws Exception {
    evaluate(
            "{\"topics\": [{\"id\": \"a\", \"interests\": \"art\"}], \"qrels\": {\"a\": {\"education\": 1}},"
                + " \"metrics\": [\"ndcg_cut_3\", \"bpref\"]}")
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(jsonPath("$.detail", containsString("unknown metric 'bpref'")));
  }

  @Test
  void aJudgedDocumentIdWithSpacesIsABadRequestNotAServerError() throws Exception {
    evaluate(
            "{\"topics\": [{\"id\": \"a\", \"interests\": \"art\"}], \"qrels\": {\"a\": {\"learner secret\": 1}}}")
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(content().string(org.hamcrest.Matchers.not(containsString("secret"))));
  }

  @Test
  void emptyTopicsAreAProblem() throws Exception {
    evaluate("{\"topics\": [], \"qrels\": {\"q1\": {\"agriculture\": 1}}}")
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(jsonPath("$.detail", containsString("at least one topic")));
  }

  @Test
  void tooManyTopicsAreAProblem() throws Exception {
    StringBuilder b = new StringBuilder("{\"topics\": [");
    for (int i = 0; i < 501; i++) {
      b.append(i == 0 ? "" : ",")
          .append("{\"id\": \"t")
          .append(i)
          .append("\", \"interests\": \"art\"}");
    }
    b.append("], \"qrels\": {\"t0\": {\"arts-entertainment-design\": 1}}}");
    evaluate(b.toString())
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail", containsString("at most 500 topics")));
  }

  @Test
  void judgmentsForUnknownTopicsAndDuplicateIdsAreProblems() throws Exception {
    evaluate(
            "{\"topics\": [{\"id\": \"a\", \"interests\": \"art\"}], \"qrels\": {\"b\": {\"education\": 1}}}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail", containsString("'b'")));
    evaluate(
            "{\"topics\": [{\"id\": \"a\", \"interests\": \"art\"}, {\"id\": \"a\", \"interests\": \"music\"}],"
                + " \"qrels\": {\"a\": {\"education\": 1}}}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail", containsString("used twice")));
  }

  @Test
  void anEmptyProfileIsAProblemThatDoesNotEchoText() throws Exception {
    evaluate(
            "{\"topics\": [{\"id\": \"a\", \"interests\": \"  \"}], \"qrels\": {\"a\": {\"education\": 1}}}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail", containsString("topic 'a'")));
  }

  @Test
  void aTopicBreakingAProfileRuleIsTheEnginesProblemWithItsMembers() throws Exception {
    evaluate(
            "{\"topics\": [{\"id\": \"a\", \"interests\": \"art\"}, {\"id\": \"b\", \"skills\": [\"SQL\", \" \"]}],"
                + " \"qrels\": {\"a\": {\"education\": 1}}}")
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(jsonPath("$.type").value("urn:careermatch:problem:invalid-profile"))
        .andExpect(jsonPath("$.detail").value("topic 'b': skill 2 is blank"))
        .andExpect(jsonPath("$.violation").value("blank-skill"))
        .andExpect(jsonPath("$.field").value("skills"))
        .andExpect(jsonPath("$.item").value(2));
    evaluate(
            "{\"topics\": [{\"id\": \"a\", \"skills\": [\""
                + "x".repeat(101)
                + "\"]}],"
                + " \"qrels\": {\"a\": {\"education\": 1}}}")
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.detail")
                .value("topic 'a': skill 1 is 101 characters long; at most 100 are allowed"))
        .andExpect(jsonPath("$.violation").value("skill-too-long"))
        .andExpect(jsonPath("$.item").value(1))
        .andExpect(jsonPath("$.limit").value(100));
  }

  @Test
  void theSuiteNameAndTopicIdsAreShownSanitizedAsTheReadmeSays() throws Exception {
    // at most 64 characters of [A-Za-z0-9._:[]-]; a space or a slash is shown as '?'
    evaluate(
            "{\"name\": \"dev/alt titles <b>\", \"topics\": [{\"id\": \"a\", \"interests\": \"art\"}],"
                + " \"qrels\": {\"a\": {\"education\": 1}}}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.name").value("dev?alt?titles??b?"));
    evaluate(
            "{\"topics\": [{\"id\": \"x/y\", \"interests\": \"art\"}, {\"id\": \"x/y\", \"interests\": \"art\"}],"
                + " \"qrels\": {\"x/y\": {\"education\": 1}}}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("topic id 'x?y' is used twice"));
  }

  @Test
  void aTopicIdWithWhitespaceIsABadRequestNotAServerError() throws Exception {
    evaluate(
            "{\"topics\": [{\"id\": \"x y\", \"interests\": \"art\"}], \"qrels\": {\"x y\": {\"education\": 1}}}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value("urn:careermatch:problem:invalid-request"))
        .andExpect(jsonPath("$.detail").value("topic id 'x?y' must not contain whitespace"));
  }
}

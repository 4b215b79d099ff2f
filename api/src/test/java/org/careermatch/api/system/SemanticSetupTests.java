package org.careermatch.api.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.careermatch.engine.semantic.SemanticUnavailableException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Matching by meaning in the running service: on by default, off by {@code
 * careermatch.semantic.enabled=false}, and a model that cannot be loaded leaves the service
 * answering by words with the health endpoint saying so.
 */
class SemanticSetupTests {
  static final String DRAWING = "I like drawing";

  static JsonNode post(TestRestTemplate http, ObjectMapper json, Map<String, Object> body)
      throws Exception {
    // the full answer: these tests read the explanation trees
    ResponseEntity<String> r =
        http.postForEntity("/api/v1/matches?detail=full", body, String.class);
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
    return json.readTree(r.getBody());
  }

  static JsonNode health(TestRestTemplate http, ObjectMapper json) throws Exception {
    ResponseEntity<String> r = http.getForEntity("/actuator/health", String.class);
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
    return json.readTree(r.getBody());
  }

  /** Every evidence node of every cluster's explanation. */
  static List<JsonNode> evidence(JsonNode match) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode c : match.get("clusters")) {
      collect(c.get("explanation"), out);
    }
    return out;
  }

  private static void collect(JsonNode node, List<JsonNode> out) {
    if (node.hasNonNull("evidence")) {
      out.add(node.get("evidence"));
    }
    if (node.has("children")) {
      node.get("children").forEach(c -> collect(c, out));
    }
  }

  /** The service each nested class starts, as its HTTP client and JSON reader. */
  abstract static class RunningService {
    @Autowired TestRestTemplate http;

    @Autowired ObjectMapper json;
  }

  @Nested
  @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
  @AutoConfigureObservability
  class ByDefault extends RunningService {
    @Test
    void healthSaysMatchingByMeaningIsOn() throws Exception {
      JsonNode h = health(http, json);
      assertThat(h.get("status").asText()).isEqualTo("UP");
      JsonNode semantic = h.get("components").get("semantic");
      assertThat(semantic.get("status").asText()).isEqualTo("UP");
      assertThat(semantic.get("details").get("semantic").asText()).isEqualTo("on");
      assertThat(semantic.get("details").get("model").asText()).isEqualTo("bge-small-en-v1.5-q");
      assertThat(semantic.get("details").get("entityVectors").asText())
          .isEqualTo("computed at build time");
    }

    @Test
    void drawingReachesTheArtsByMeaningAndTheExplanationShowsTheSimilarity() throws Exception {
      JsonNode r = post(http, json, Map.of("interests", DRAWING));
      assertThat(r.get("clusters").get(0).get("id").asText())
          .isEqualTo("arts-entertainment-design");
      List<JsonNode> byMeaning =
          evidence(r).stream().filter(e -> e.hasNonNull("similarity")).toList();
      assertThat(byMeaning).isNotEmpty();
      for (JsonNode e : byMeaning) {
        assertThat(e.get("input").asText()).isEqualToIgnoringCase(DRAWING);
        assertThat(e.get("similarity").asDouble()).isBetween(0.0, 1.0);
      }
    }

    @Test
    void theQueryVectorCacheIsMeasured() throws Exception {
      post(http, json, Map.of("interests", "I like fixing old radios"));
      post(http, json, Map.of("interests", "i like  fixing old radios", "limit", 3));
      String scrape = http.getForObject("/actuator/prometheus", String.class);
      assertThat(scrape).contains("cache=\"careermatch.query-vectors\"");
    }
  }

  @Nested
  @SpringBootTest(
      webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
      properties = "careermatch.semantic.enabled=false")
  class SwitchedOff extends RunningService {
    @Test
    void healthIsUpAndSaysSemanticIsOff() throws Exception {
      JsonNode h = health(http, json);
      assertThat(h.get("status").asText()).isEqualTo("UP");
      JsonNode details = h.get("components").get("semantic").get("details");
      assertThat(details.get("semantic").asText()).isEqualTo("off");
      assertThat(details.get("detail").asText()).contains("careermatch.semantic.enabled=false");
    }

    @Test
    void answersByWordsOnly() throws Exception {
      JsonNode r =
          post(http, json, Map.of("interests", "I love animals and want to work on a farm"));
      assertThat(r.get("clusters").get(0).get("id").asText()).isEqualTo("agriculture");
      assertThat(evidence(r))
          .isNotEmpty()
          .allSatisfy(e -> assertThat(e.hasNonNull("similarity")).isFalse());
    }
  }

  @Nested
  @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
  class ModelCannotLoad extends RunningService {
    @TestConfiguration
    static class BrokenModel {
      @Bean
      @Primary
      EmbedderLoader brokenLoader() {
        return () -> {
          throw new SemanticUnavailableException(
              "cannot load the embedding model (test: no native library)",
              new UnsatisfiedLinkError("onnxruntime"));
        };
      }
    }

    @Test
    void theServiceStartsAndHealthSaysItAnswersByWordsOnly() throws Exception {
      JsonNode h = health(http, json);
      assertThat(h.get("status").asText()).isEqualTo("DEGRADED");
      JsonNode semantic = h.get("components").get("semantic");
      assertThat(semantic.get("status").asText()).isEqualTo("DEGRADED");
      assertThat(semantic.get("details").get("semantic").asText()).isEqualTo("off");
      assertThat(semantic.get("details").get("detail").asText()).contains("could not be loaded");
      assertThat(http.getForEntity("/actuator/health/readiness", String.class).getStatusCode())
          .isEqualTo(HttpStatus.OK);
      // liveness is the process's own state only: never the model, a cache or the data
      ResponseEntity<String> liveness =
          http.getForEntity("/actuator/health/liveness", String.class);
      assertThat(liveness.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(json.readTree(liveness.getBody()).get("status").asText()).isEqualTo("UP");
    }

    @Test
    void matchesAreAnsweredByWords() throws Exception {
      JsonNode r = post(http, json, Map.of("skills", List.of("Python", "SQL", "Tableau")));
      assertThat(r.get("clusters").get(0).get("id").asText()).isEqualTo("digital-technology");
      assertThat(evidence(r))
          .isNotEmpty()
          .allSatisfy(e -> assertThat(e.hasNonNull("similarity")).isFalse());
    }
  }
}

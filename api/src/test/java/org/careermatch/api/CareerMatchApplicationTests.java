package org.careermatch.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The real application on the real data, over HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability
class CareerMatchApplicationTests {
  @Autowired private TestRestTemplate http;

  @Autowired private ObjectMapper json;

  private JsonNode post(String path, Object body) throws Exception {
    ResponseEntity<String> r = http.postForEntity(path, body, String.class);
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
    return json.readTree(r.getBody());
  }

  @Test
  void interestsInAnimalsAndTheOutdoorsMatchAgricultureFirst() throws Exception {
    JsonNode r =
        post(
            "/api/v1/matches?detail=full",
            Map.of("interests", "I love animals and want to work outside"));
    assertThat(r.get("framework").asText()).isEqualTo("nccf-2024");
    assertThat(r.get("clusters")).hasSize(14);
    assertThat(r.get("clusters").get(0).get("id").asText()).isEqualTo("agriculture");
    assertThat(r.get("clusters").get(0).get("explanation").get("children")).isNotEmpty();
  }

  @Test
  void dataSkillsMatchDigitalTechnologyFirst() throws Exception {
    JsonNode r =
        post("/api/v1/matches", Map.of("skills", List.of("Python", "SQL", "Tableau"), "limit", 3));
    assertThat(r.get("clusters")).hasSize(3);
    assertThat(r.get("clusters").get(0).get("id").asText()).isEqualTo("digital-technology");
  }

  @Test
  void aCsvBatchIsAnsweredInCsv() {
    HttpHeaders h = new HttpHeaders();
    h.setContentType(MediaType.parseMediaType("text/csv"));
    h.setAccept(List.of(MediaType.parseMediaType("text/csv")));
    ResponseEntity<String> r =
        http.postForEntity(
            "/api/v1/matches/batch",
            new HttpEntity<>(
                "ref,interests,skills\na,I love animals and want to work outside,\nb,,Python;SQL;Tableau\n",
                h),
            String.class);
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(
            r.getHeaders().getContentType().isCompatibleWith(MediaType.parseMediaType("text/csv")))
        .isTrue();
    List<String> lines = r.getBody().lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(1)).startsWith("a,true,").contains(",agriculture,Agriculture,");
    assertThat(lines.get(2))
        .startsWith("b,true,")
        .contains(",digital-technology,Digital Technology,");
  }

  @Test
  void errorsAreProblemsOverHttpToo() throws Exception {
    ResponseEntity<String> r =
        http.postForEntity("/api/v1/matches", Map.of("interests", ""), String.class);
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(r.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(json.readTree(r.getBody()).get("detail").asText())
        .contains("a profile needs interests");

    HttpHeaders h = new HttpHeaders();
    h.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> big =
        http.postForEntity(
            "/api/v1/matches/batch", new HttpEntity<>(new byte[9 * 1024 * 1024], h), String.class);
    assertThat(big.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    assertThat(big.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
  }

  @Test
  void healthIsUpWithProbes() {
    assertThat(http.getForObject("/actuator/health", String.class)).contains("\"status\":\"UP\"");
    assertThat(http.getForEntity("/actuator/health/liveness", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(http.getForEntity("/actuator/health/readiness", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(http.getForEntity("/actuator/info", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void prometheusShowsTheMatchTimersAndTheCacheHitRatio() throws Exception {
    post("/api/v1/matches", Map.of("interests", "I like cooking"));
    post("/api/v1/matches", Map.of("interests", "i  LIKE cooking"));
    post(
        "/api/v1/matches/batch",
        Map.of("profiles", List.of(Map.of("ref", "x", "interests", "welding"))));
    String scrape = http.getForObject("/actuator/prometheus", String.class);
    assertThat(scrape)
        .contains("careermatch_match_seconds_count{")
        .contains("careermatch_batch_seconds_count{")
        .contains("careermatch_search_seconds_count{")
        .contains(
            "cache_gets_total{application=\"careermatch-api\",cache=\"careermatch.matches\",result=\"hit\"}")
        .contains(
            "cache_gets_total{application=\"careermatch-api\",cache=\"careermatch.matches\",result=\"miss\"}");
  }

  @Test
  void onlyHealthInfoAndPrometheusAreExposed() {
    for (String endpoint :
        List.of(
            "env",
            "beans",
            "configprops",
            "heapdump",
            "threaddump",
            "loggers",
            "metrics",
            "mappings",
            "shutdown")) {
      assertThat(http.getForEntity("/actuator/" + endpoint, String.class).getStatusCode())
          .as(endpoint)
          .isEqualTo(HttpStatus.NOT_FOUND);
    }
  }

  @Test
  void theOpenApiDescriptionAndSwaggerUiAreServed() throws Exception {
    JsonNode docs = json.readTree(http.getForObject("/v3/api-docs", String.class));
    assertThat(docs.get("paths").has("/api/v1/matches")).isTrue();
    assertThat(docs.get("paths").has("/api/v1/matches/batch")).isTrue();
    assertThat(docs.get("paths").has("/api/v1/clusters/{id}")).isTrue();
    assertThat(docs.get("paths").has("/api/v1/skills/suggest")).isTrue();
    assertThat(
            http.getForEntity("/swagger-ui.html", String.class).getStatusCode().is2xxSuccessful())
        .isTrue();
  }

  @Test
  void pingIsOk() {
    assertThat(http.getForObject("/api/v1/ping", String.class)).isEqualTo("{\"status\":\"ok\"}");
  }
}

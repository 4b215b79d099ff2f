package org.careermatch.api.match;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.careermatch.api.system.CareerMatchProperties;
import org.careermatch.engine.LearnerProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The OpenAPI description tells the truth: its limits are the validator's constants, and the server
 * accepts a value at each documented limit and refuses one past it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability
class OpenApiLimitsTests {
  @Autowired private TestRestTemplate http;

  @Autowired private ObjectMapper json;

  @Autowired private CareerMatchProperties properties;

  private JsonNode docs;

  @BeforeEach
  void readDocs() throws Exception {
    docs = json.readTree(http.getForObject("/v3/api-docs", String.class));
  }

  private JsonNode schema(String name) {
    JsonNode s = docs.at("/components/schemas/" + name);
    assertThat(s.isMissingNode()).as("schema " + name).isFalse();
    return s;
  }

  private ResponseEntity<String> match(Object body) {
    HttpHeaders h = new HttpHeaders();
    h.setContentType(MediaType.APPLICATION_JSON);
    return http.postForEntity("/api/v1/matches", new HttpEntity<>(body, h), String.class);
  }

  @Test
  void theMatchRequestSchemaStatesTheValidatorsLimits() {
    JsonNode request = schema("MatchRequest");
    JsonNode p = request.get("properties");
    int maxInterests = p.at("/interests/maxLength").asInt();
    int maxSkills = p.at("/skills/maxItems").asInt();
    int maxSkill = p.at("/skills/items/maxLength").asInt();
    assertThat(maxInterests).isEqualTo(LearnerProfile.MAX_INTERESTS_LENGTH);
    assertThat(maxSkills).isEqualTo(LearnerProfile.MAX_SKILLS);
    assertThat(maxSkill).isEqualTo(LearnerProfile.MAX_SKILL_LENGTH);
    assertThat(p.at("/skills/items/minLength").asInt()).isEqualTo(1);
    assertThat(p.at("/limit/minimum").asInt()).isEqualTo(1);
    assertThat(p.at("/limit/maximum").asInt()).isEqualTo(16); // nccf-2002 has the most groups
    assertThat(texts(p.at("/framework/enum")))
        .containsExactlyInAnyOrder("nccf-2024", "nccf-2002", "sacramento-works", "joco-works");
    assertThat(request.get("additionalProperties").asBoolean(true)).isFalse();
    assertThat(request.get("anyOf")).hasSize(2);

    // at each limit the server accepts, one past it refuses: the schema and the validator agree
    assertThat(match(Map.of("interests", "cats ".repeat(maxInterests / 5))).getStatusCode().value())
        .isEqualTo(200);
    assertThat(
            match(Map.of("interests", "cats ".repeat(maxInterests / 5) + "x"))
                .getStatusCode()
                .value())
        .isEqualTo(400);
    assertThat(match(Map.of("skills", skills(maxSkills, 5))).getStatusCode().value())
        .isEqualTo(200);
    assertThat(match(Map.of("skills", skills(maxSkills + 1, 5))).getStatusCode().value())
        .isEqualTo(400);
    assertThat(match(Map.of("skills", List.of("a".repeat(maxSkill)))).getStatusCode().value())
        .isEqualTo(200);
    assertThat(match(Map.of("skills", List.of("a".repeat(maxSkill + 1)))).getStatusCode().value())
        .isEqualTo(400);
    assertThat(
            match(Map.of("interests", "cats", "framework", "nccf-2002", "limit", 16))
                .getStatusCode()
                .value())
        .isEqualTo(200);
    assertThat(
            match(Map.of("interests", "cats", "framework", "nccf-2002", "limit", 17))
                .getStatusCode()
                .value())
        .isEqualTo(400);
    assertThat(match(Map.of("interests", "cats", "limit", 0)).getStatusCode().value())
        .isEqualTo(400);
    assertThat(match(Map.of("interests", "cats", "name", "x")).getStatusCode().value())
        .isEqualTo(400);
  }

  @Test
  void theBatchSchemaStatesItsLimitsAndRequiredFields() {
    JsonNode batch = schema("BatchRequest");
    assertThat(batch.at("/properties/profiles/maxItems").asInt())
        .isEqualTo(properties.batch().maxProfiles());
    assertThat(batch.at("/properties/profiles/minItems").asInt()).isEqualTo(1);
    assertThat(texts(batch.get("required"))).contains("profiles");
    assertThat(batch.get("additionalProperties").asBoolean(true)).isFalse();
    JsonNode profile = schema("Profile");
    assertThat(texts(profile.get("required"))).containsExactly("ref");
    assertThat(profile.at("/properties/ref/maxLength").asInt())
        .isEqualTo(BatchService.MAX_REF_LENGTH);
    assertThat(profile.at("/properties/interests/maxLength").asInt())
        .isEqualTo(LearnerProfile.MAX_INTERESTS_LENGTH);
    assertThat(profile.at("/properties/skills/maxItems").asInt())
        .isEqualTo(LearnerProfile.MAX_SKILLS);
    assertThat(profile.get("additionalProperties").asBoolean(true)).isFalse();
  }

  @Test
  void theParametersAndAnswersStateTheirEnumsAndProblems() {
    JsonNode post = docs.at("/paths/~1api~1v1~1matches/post");
    JsonNode detail = parameter(post, "detail");
    assertThat(texts(detail.at("/schema/enum"))).containsExactly("summary", "full");
    assertThat(detail.at("/schema/default").asText()).isEqualTo("summary");
    JsonNode batch = docs.at("/paths/~1api~1v1~1matches~1batch/post");
    assertThat(parameter(batch, "limit").at("/schema/maximum").asInt()).isEqualTo(16);
    assertThat(texts(parameter(batch, "detail").at("/schema/enum")))
        .containsExactly("summary", "full");
    assertThat(texts(schema("ClusterItem").at("/properties/fit/enum")))
        .containsExactly("strong", "good", "some", "none");
    for (String status : new String[] {"400", "413", "415"}) {
      JsonNode content = post.at("/responses/" + status + "/content/application~1problem+json");
      assertThat(content.at("/schema/$ref").asText()).isEqualTo("#/components/schemas/Problem");
      assertThat(content.get("examples").size()).isPositive();
    }
    assertThat(
            batch
                .at("/responses/413/content/application~1problem+json/examples")
                .has("batch-too-large"))
        .isTrue();
    assertThat(texts(schema("Problem").get("required")))
        .contains("type", "title", "status", "detail");
  }

  private static JsonNode parameter(JsonNode operation, String name) {
    for (JsonNode p : operation.get("parameters")) {
      if (p.get("name").asText().equals(name)) {
        return p;
      }
    }
    throw new AssertionError("no parameter " + name);
  }

  private static List<String> skills(int n, int length) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(String.format("s%0" + Math.max(length - 1, 1) + "d", i));
    }
    return out;
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    if (array != null) {
      array.forEach(n -> out.add(n.asText()));
    }
    return out;
  }
}

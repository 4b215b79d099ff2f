package org.careermatch.api.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.careermatch.data.FrameworkData;
import org.careermatch.engine.Engine;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.env.MockEnvironment;

/**
 * The application as {@code main} starts it: the data, the model and the engine are loaded on
 * background threads while the context is built, and the beans are exactly those results.
 */
class StartupPreloadTests {
  @Nested
  @SpringBootTest(
      webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
      useMainMethod = SpringBootTest.UseMainMethod.ALWAYS)
  class StartedByMain {
    @Autowired StartupPreload preload;
    @Autowired Engine engine;
    @Autowired FrameworkData data;
    @Autowired SemanticSetup semantic;
    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;

    @Test
    void theBeansAreWhatTheBackgroundThreadsBuilt() {
      assertThat(engine).isSameAs(preload.engine());
      assertThat(data).isSameAs(preload.data()).isSameAs(engine.data());
      assertThat(semantic).isSameAs(preload.semantic().setup());
      assertThat(engine.semantic().active()).isTrue();
      assertThat(engine.semantic().detail())
          .contains("entity vectors computed at build time")
          .contains("interest cue vectors computed at build time");
    }

    @Test
    void theServiceAnswersAndIsHealthy() throws Exception {
      ResponseEntity<String> health = http.getForEntity("/actuator/health", String.class);
      assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
      ResponseEntity<String> r =
          http.postForEntity(
              "/api/v1/matches",
              Map.of("interests", "I love animals and want to work outside"),
              String.class);
      assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
      JsonNode body = json.readTree(r.getBody());
      assertThat(body.get("clusters").get(0).get("id").asText()).isEqualTo("agriculture");
    }
  }

  @Test
  void settingsThatCannotBeReadStartNothingEarly() {
    MockEnvironment env =
        new MockEnvironment().withProperty("careermatch.semantic.intra-op-threads", "0");
    assertThat(StartupPreload.start(env)).isNull();
    MockEnvironment engineSetting =
        new MockEnvironment().withProperty("careermatch.cross-cutting-boost", "lots");
    assertThat(StartupPreload.start(engineSetting)).isNull();
  }

  @Test
  void aFailureIsThrownAsTheBeanWouldHaveThrownIt() {
    MockEnvironment env =
        new MockEnvironment()
            .withProperty("careermatch.data-dir", "/nonexistent/careermatch-data")
            .withProperty("careermatch.semantic.enabled", "false");
    StartupPreload preload = StartupPreload.start(env);
    assertThat(preload).isNotNull();
    CareerMatchProperties properties =
        org.springframework.boot.context.properties.bind.Binder.get(env)
            .bindOrCreate("careermatch", CareerMatchProperties.class);
    Throwable direct = null;
    try {
      EngineConfiguration.loadData(properties);
    } catch (RuntimeException e) {
      direct = e;
    }
    assertThat(direct).isNotNull();
    Class<? extends Throwable> type = direct.getClass();
    String message = direct.getMessage();
    assertThatThrownBy(preload::data).isInstanceOf(type).hasMessage(message);
    assertThatThrownBy(preload::engine).isInstanceOf(type).hasMessage(message);
    assertThat(preload.semantic().setup().reason()).contains("switched off");
  }
}

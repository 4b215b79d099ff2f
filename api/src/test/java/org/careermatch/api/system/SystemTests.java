package org.careermatch.api.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.RequestDispatcher;
import org.careermatch.api.ApiSliceTest;
import org.careermatch.api.ApiTestConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@ApiSliceTest
@ExtendWith(OutputCaptureExtension.class)
class SystemTests {
  private static final String PROBLEM = "application/problem+json";

  @Autowired private MockMvc mvc;

  @Test
  void pingAnswersOk() throws Exception {
    mvc.perform(get("/api/v1/ping"))
        .andExpect(status().isOk())
        .andExpect(content().json("{\"status\": \"ok\"}", true))
        .andExpect(header().string("X-Content-Type-Options", "nosniff"));
  }

  @Test
  void anUnknownPathIsA404Problem() throws Exception {
    mvc.perform(get("/api/v1/nothing-here"))
        .andExpect(status().isNotFound())
        .andExpect(content().contentType(PROBLEM))
        .andExpect(jsonPath("$.type").value("urn:careermatch:problem:not-found"))
        .andExpect(
            jsonPath("$.detail")
                .value(
                    "there is no endpoint at this path; the endpoints are listed at "
                        + "/v3/api-docs"));
  }

  /**
   * The problems whose type, title and detail come from messages.properties (Spring's problemDetail
   * message codes) are the bodies the handler wrote before, recorded with curl against the running
   * service.
   */
  @Test
  void problemsFromMessageCodesAreTheBodiesOfBefore() throws Exception {
    mvc.perform(get("/api/v1/nope"))
        .andExpect(status().isNotFound())
        .andExpect(content().contentType(PROBLEM))
        .andExpect(
            content()
                .json(
                    "{\"type\":\"urn:careermatch:problem:not-found\",\"title\":\"Not found\","
                        + "\"status\":404,\"detail\":\"there is no endpoint at this path; the endpoints are listed at "
                        + "/v3/api-docs\",\"instance\":\"/api/v1/nope\"}",
                    true));
    mvc.perform(get("/api/v1/occupations"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(PROBLEM))
        .andExpect(
            content()
                .json(
                    "{\"type\":\"urn:careermatch:problem:invalid-request\",\"title\":\"Invalid request\","
                        + "\"status\":400,\"detail\":\"query parameter 'q' is required\",\"instance\":\"/api/v1/occupations\"}",
                    true));
    mvc.perform(get("/api/v1/skills/suggest"))
        .andExpect(
            content()
                .json(
                    "{\"type\":\"urn:careermatch:problem:invalid-request\",\"title\":\"Invalid request\","
                        + "\"status\":400,\"detail\":\"query parameter 'prefix' is required\","
                        + "\"instance\":\"/api/v1/skills/suggest\"}",
                    true));
  }

  @Test
  void anUnexpectedFailureIsAGeneric500WithoutDetailsAndIsLoggedWithoutItsMessage(
      CapturedOutput output) throws Exception {
    mvc.perform(get("/test/boom"))
        .andExpect(status().isInternalServerError())
        .andExpect(content().contentType(PROBLEM))
        .andExpect(jsonPath("$.type").value("urn:careermatch:problem:internal-error"))
        .andExpect(jsonPath("$.detail").value("the server could not process this request"))
        .andExpect(content().string(not(containsString(ApiTestConfiguration.SECRET))))
        .andExpect(content().string(not(containsString("IllegalStateException"))));
    assertThat(output.getAll())
        .contains("unexpected java.lang.IllegalStateException")
        .doesNotContain(ApiTestConfiguration.SECRET);
  }

  @Test
  void learnerTextNeverReachesTheLogs(CapturedOutput output) throws Exception {
    mvc.perform(
            post("/api/v1/matches")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"interests\": \"" + ApiTestConfiguration.SECRET + " animals\"}"))
        .andExpect(status().isOk());
    mvc.perform(
            post("/api/v1/matches")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"interests\": \"" + ApiTestConfiguration.SECRET + "\", \"framework\": 7}"))
        .andExpect(status().isBadRequest());
    mvc.perform(
            post("/api/v1/matches/batch")
                .contentType(MediaType.parseMediaType("text/csv"))
                .content(
                    "ref,interests\n"
                        + ApiTestConfiguration.SECRET
                        + ",\""
                        + ApiTestConfiguration.SECRET))
        .andExpect(status().isBadRequest());
    assertThat(output.getAll()).doesNotContain(ApiTestConfiguration.SECRET);
  }

  @Test
  void theErrorPageRendersAProblemWithTheStatusOnly() throws Exception {
    mvc.perform(
            get("/error")
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 400)
                .requestAttr(RequestDispatcher.ERROR_MESSAGE, ApiTestConfiguration.SECRET))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(PROBLEM))
        .andExpect(jsonPath("$.type").value("urn:careermatch:problem:http-400"))
        .andExpect(content().string(not(containsString(ApiTestConfiguration.SECRET))));
    mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500))
        .andExpect(status().isInternalServerError())
        .andExpect(jsonPath("$.detail").value("the server could not process this request"));
    mvc.perform(get("/error"))
        .andExpect(status().isNotFound())
        .andExpect(content().contentType(PROBLEM));
  }

  @Test
  void aBodyOverTheSizeLimitIs413BeforeItIsRead() throws Exception {
    byte[] big = new byte[8 * 1024 * 1024 + 1];
    java.util.Arrays.fill(big, (byte) ' ');
    mvc.perform(post("/api/v1/matches/batch").contentType(MediaType.APPLICATION_JSON).content(big))
        .andExpect(status().isPayloadTooLarge())
        .andExpect(content().contentType(PROBLEM))
        .andExpect(jsonPath("$.type").value("urn:careermatch:problem:request-too-large"));
  }

  @Test
  void corsAllowsTheConfiguredAdvisingAppOnly() throws Exception {
    mvc.perform(
            options("/api/v1/matches")
                .header("Origin", "https://advisor.example.org")
                .header("Access-Control-Request-Method", "POST"))
        .andExpect(status().isOk())
        .andExpect(header().string("Access-Control-Allow-Origin", "https://advisor.example.org"));
    mvc.perform(
            options("/api/v1/matches")
                .header("Origin", "https://elsewhere.example.com")
                .header("Access-Control-Request-Method", "POST"))
        .andExpect(status().isForbidden())
        .andExpect(header().doesNotExist("Access-Control-Allow-Origin"));
    mvc.perform(get("/api/v1/ping").header("Origin", "https://advisor.example.org"))
        .andExpect(header().string("Access-Control-Allow-Origin", "https://advisor.example.org"));
  }
}

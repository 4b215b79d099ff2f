package org.careermatch.api.match;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.careermatch.api.ApiSliceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The CSV path is as strict as JSON; and answers that carry learner text are never cached or
 * framed.
 */
@ApiSliceTest
class CsvStrictnessTests {
  private static final MediaType CSV = MediaType.parseMediaType("text/csv");

  @Autowired private MockMvc mvc;

  private ResultActions csv(byte[] body, String query) throws Exception {
    return mvc.perform(
        post("/api/v1/matches/batch" + query).contentType(CSV).accept(CSV).content(body));
  }

  private static byte[] bytes(String s, byte[] insert, String rest) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(insert);
    out.writeBytes(rest.getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  @Test
  void invalidUtf8IsRefusedWithItsLineAndColumn() throws Exception {
    csv(bytes("ref,interests\ns-1,I like ", new byte[] {(byte) 0xC3, (byte) 0x28}, "animals\n"), "")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value("urn:careermatch:problem:malformed-body"))
        .andExpect(jsonPath("$.detail", containsString("not valid UTF-8 at line 2, column 12")));
  }

  @Test
  void aNulCharacterIsRefusedWithItsLineAndColumn() throws Exception {
    csv(bytes("ref,interests\ns-1,animals\ns-2,cook", new byte[] {0}, "ing\n"), "")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail", containsString("NUL character at line 3, column 9")));
  }

  @Test
  void aColumnNamedTwiceIsRefused() throws Exception {
    csv("ref,interests,Interests\ns-1,animals,cooking\n".getBytes(StandardCharsets.UTF_8), "")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value("urn:careermatch:problem:malformed-body"))
        .andExpect(jsonPath("$.detail", containsString("'interests' twice")));
  }

  @Test
  void aLimitAboveTheFrameworksClustersIsRefused() throws Exception {
    byte[] body = "ref,interests\ns-1,animals\n".getBytes(StandardCharsets.UTF_8);
    csv(body, "?limit=15")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail", containsString("between 1 and 14")));
    csv(body, "?limit=14").andExpect(status().isOk());
  }

  @Test
  void answersWithLearnerTextAreNotCachedAndNoAnswerMayBeFramed() throws Exception {
    csv("ref,interests\ns-1,animals\n".getBytes(StandardCharsets.UTF_8), "")
        .andExpect(status().isOk())
        .andExpect(header().string("Cache-Control", "no-store"))
        .andExpect(header().string("X-Frame-Options", "DENY"))
        .andExpect(
            header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")));
    mvc.perform(
            post("/api/v1/matches")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"interests\": 5}"))
        .andExpect(status().isBadRequest())
        .andExpect(header().string("Cache-Control", "no-store"));
    mvc.perform(get("/swagger-ui/index.html"))
        .andExpect(header().string("X-Frame-Options", "DENY"))
        .andExpect(
            header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")));
  }

  @Test
  void aCorsRequestFromAnotherOriginIsAProblem() throws Exception {
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options(
                    "/api/v1/matches")
                .header("Origin", "https://elsewhere.example.com")
                .header("Access-Control-Request-Method", "POST"))
        .andExpect(status().isForbidden())
        .andExpect(header().string("Content-Type", containsString("application/problem+json")))
        .andExpect(jsonPath("$.type").value("urn:careermatch:problem:cors-rejected"));
  }
}

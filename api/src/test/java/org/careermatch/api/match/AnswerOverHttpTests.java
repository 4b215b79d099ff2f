package org.careermatch.api.match;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Sizes and compression as a client sees them, over real HTTP (compression is Tomcat's, which
 * MockMvc does not run). The annotations are those of {@code CareerMatchApplicationTests}, so the
 * context is shared.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability
class AnswerOverHttpTests {
  /** The README's example profile. */
  static final String README_EXAMPLE =
      "{\"interests\": \"I like drawing and video games, I help at my uncle's "
          + "garage\", \"skills\": [\"Python\", \"CPR\", \"customer service\"]}";

  static final int SUMMARY_BUDGET = 12 * 1024;

  private final HttpClient client = HttpClient.newHttpClient();

  @LocalServerPort private int port;

  @Autowired private ObjectMapper json;

  private HttpResponse<byte[]> send(
      String method, String path, String body, String contentType, String encoding)
      throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    if (encoding != null) {
      b.header("Accept-Encoding", encoding);
    }
    if (body != null) {
      b.header("Content-Type", contentType)
          .method(method, HttpRequest.BodyPublishers.ofString(body));
    } else {
      b.GET();
    }
    return client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String gunzip(byte[] body) throws IOException {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theDefaultAnswerToTheReadmeExampleIsASummaryOfAtMost12Kilobytes() throws Exception {
    HttpResponse<byte[]> summary =
        send("POST", "/api/v1/matches", README_EXAMPLE, "application/json", null);
    assertThat(summary.statusCode()).isEqualTo(200);
    assertThat(summary.headers().firstValue("Content-Encoding")).isEmpty();
    assertThat(summary.body().length).isLessThanOrEqualTo(SUMMARY_BUDGET);
    JsonNode s = json.readTree(summary.body());
    assertThat(s.get("detail").asText()).isEqualTo("summary");
    assertThat(s.get("clusters")).hasSize(14);
    assertThat(s.get("clusters").get(0).has("explanation")).isFalse();

    HttpResponse<byte[]> full =
        send("POST", "/api/v1/matches?detail=full", README_EXAMPLE, "application/json", null);
    JsonNode f = json.readTree(full.body());
    assertThat(f.get("detail").asText()).isEqualTo("full");
    assertThat(f.get("clusters").get(0).has("explanation")).isTrue();
    // the full answer has everything the summary has, and much more
    assertThat(full.body().length).isGreaterThan(3 * summary.body().length);
    for (int i = 0; i < 14; i++) {
      assertThat(f.get("clusters").get(i).get("id")).isEqualTo(s.get("clusters").get(i).get("id"));
      assertThat(f.get("clusters").get(i).get("score"))
          .isEqualTo(s.get("clusters").get(i).get("score"));
    }
  }

  @Test
  void answersAreGzippedWhenTheClientAcceptsIt() throws Exception {
    HttpResponse<byte[]> plain =
        send("POST", "/api/v1/matches?detail=full", README_EXAMPLE, "application/json", null);
    HttpResponse<byte[]> zipped =
        send("POST", "/api/v1/matches?detail=full", README_EXAMPLE, "application/json", "gzip");
    assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
    assertThat(zipped.body().length).isLessThan(plain.body().length / 4);
    assertThat(json.readTree(gunzip(zipped.body()))).isEqualTo(json.readTree(plain.body()));

    HttpResponse<byte[]> csv =
        send(
            "POST",
            "/api/v1/matches/batch?inputs=true",
            "ref,interests\n"
                + "a,I love animals and want to work outside\nb,I like fixing cars and building robots\n"
                + "c,I want to be a nurse and help people\n",
            "text/csv",
            "gzip");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Encoding")).hasValue("gzip");
    assertThat(gunzip(csv.body())).startsWith("ref,interests,skills,");

    for (String asset : new String[] {"/", "/js/app.js", "/css/app.css"}) {
      HttpResponse<byte[]> r = send("GET", asset, null, null, "gzip");
      assertThat(r.headers().firstValue("Content-Encoding")).as(asset).hasValue("gzip");
      assertThat(gunzip(r.body())).as(asset).isNotEmpty();
    }
    HttpResponse<byte[]> cluster =
        send("GET", "/api/v1/clusters/healthcare-human-services", null, null, "gzip");
    assertThat(cluster.headers().firstValue("Content-Encoding")).hasValue("gzip");
  }
}

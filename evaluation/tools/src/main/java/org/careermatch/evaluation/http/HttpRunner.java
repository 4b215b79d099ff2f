package org.careermatch.evaluation.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.careermatch.data.Checks;
import org.careermatch.evaluation.run.Run;
import org.careermatch.evaluation.run.ScoredDoc;
import org.careermatch.evaluation.runner.SuiteRunner;
import org.careermatch.evaluation.suite.Suite;
import org.careermatch.evaluation.suite.Topic;

/**
 * Runs a suite against a running careermatch api: each topic is POSTed, one at a time in topic
 * order, to {@code {base-url}/api/v1/matches} as {@code {"interests": ..., "skills": [...],
 * "framework": ...}}, and the answer's {@code clusters[].id}/{@code score} (best first, as
 * returned) and {@code clusters[].subClusters[].id}/{@code score} (all of them, ranked by score,
 * ties by id, as {@link EngineRunner} does) make the runs.
 *
 * <p>Any failure (connection refused, a timeout, a status other than 200, an answer without those
 * fields, clusters returned out of score order) stops the run with an {@link UncheckedIOException}
 * naming the URL and the topic.
 */
public final class HttpRunner implements SuiteRunner {
  /** The match endpoint, relative to the base URL. */
  public static final String MATCHES_PATH = "/api/v1/matches";

  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(60);

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final int MAX_BODY_SHOWN = 300;

  private final URI endpoint;
  private final HttpClient client;
  private final Duration requestTimeout;

  /** A runner with its own HTTP/1.1 client and the default timeouts. */
  public HttpRunner(URI baseUrl) {
    this(
        baseUrl,
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(DEFAULT_CONNECT_TIMEOUT)
            .build(),
        DEFAULT_REQUEST_TIMEOUT);
  }

  public HttpRunner(URI baseUrl, HttpClient client, Duration requestTimeout) {
    this.endpoint = endpoint(baseUrl);
    this.client = Checks.requireNonNull(client, "HTTP client");
    this.requestTimeout = Checks.requireNonNull(requestTimeout, "request timeout");
    if (requestTimeout.isNegative() || requestTimeout.isZero()) {
      throw new IllegalArgumentException(
          "request timeout must be positive (was " + requestTimeout + ")");
    }
  }

  /**
   * The match endpoint under a base URL: {@code http://localhost:8080} and {@code
   * http://localhost:8080/} give {@code http://localhost:8080/api/v1/matches}; a path is kept
   * ({@code https://host/careermatch} gives {@code https://host/careermatch/api/v1/matches}).
   *
   * @throws IllegalArgumentException when the URL is not an absolute http(s) URL with a host, or
   *     has a query or fragment
   */
  public static URI endpoint(URI baseUrl) {
    Checks.requireNonNull(baseUrl, "base URL");
    String scheme = baseUrl.getScheme();
    if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
      throw new IllegalArgumentException(
          "base URL " + Checks.quote(baseUrl.toString()) + " must start with http:// or https://");
    }
    if (baseUrl.getHost() == null || baseUrl.getHost().isEmpty()) {
      throw new IllegalArgumentException(
          "base URL " + Checks.quote(baseUrl.toString()) + " has no host");
    }
    if (baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null) {
      throw new IllegalArgumentException(
          "base URL " + Checks.quote(baseUrl.toString()) + " must not have a query or fragment");
    }
    String path = baseUrl.getRawPath() == null ? "" : baseUrl.getRawPath();
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    try {
      return new URI(baseUrl.getScheme() + "://" + baseUrl.getRawAuthority() + path + MATCHES_PATH);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "base URL " + Checks.quote(baseUrl.toString()) + " is not valid: " + e.getMessage(), e);
    }
  }

  /** The URL every topic is POSTed to. */
  public URI endpoint() {
    return endpoint;
  }

  @Override
  public Runs run(Suite suite) {
    Run.Builder clusters = Run.builder();
    Run.Builder subClusters = Run.builder();
    for (Topic t : suite.topics()) {
      Answer answer;
      try {
        answer = parse(post(t), t);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      clusters.ranking(t.id(), answer.clusters());
      subClusters.ranking(t.id(), answer.subClusters());
    }
    return new Runs(clusters.build(), subClusters.build());
  }

  /** The request body of a topic. */
  static String requestBody(Topic topic) {
    ObjectNode body = JSON.createObjectNode();
    body.put("interests", topic.interests());
    ArrayNode skills = body.putArray("skills");
    topic.skills().forEach(skills::add);
    body.put("framework", topic.framework());
    try {
      return JSON.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the request of topic " + topic.id(), e);
    }
  }

  private String post(Topic topic) throws IOException {
    HttpRequest request =
        HttpRequest.newBuilder(endpoint)
            .timeout(requestTimeout)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(requestBody(topic), StandardCharsets.UTF_8))
            .build();
    HttpResponse<String> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException(
          "interrupted while POSTing topic " + topic.id() + " to " + endpoint);
    } catch (IOException e) {
      throw new IOException(
          "POST " + endpoint + " for topic " + topic.id() + " failed: " + describe(e), e);
    }
    if (response.statusCode() != 200) {
      throw new IOException(
          "POST "
              + endpoint
              + " for topic "
              + topic.id()
              + " answered HTTP "
              + response.statusCode()
              + ": "
              + shorten(response.body()));
    }
    return response.body();
  }

  private record Answer(List<ScoredDoc> clusters, List<ScoredDoc> subClusters) {}

  private Answer parse(String body, Topic topic) throws IOException {
    String where = "the answer of " + endpoint + " for topic " + topic.id();
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (JsonProcessingException e) {
      throw new IOException(where + " is not JSON: " + e.getOriginalMessage(), e);
    }
    JsonNode clusters = root == null ? null : root.get("clusters");
    if (clusters == null || !clusters.isArray()) {
      throw new IOException(where + " has no clusters array: " + shorten(body));
    }
    List<ScoredDoc> ranked = new ArrayList<>();
    List<ScoredDoc> subs = new ArrayList<>();
    for (int i = 0; i < clusters.size(); i++) {
      JsonNode c = clusters.get(i);
      String at = where + ", clusters[" + i + "]";
      ScoredDoc cluster = scored(c, at);
      if (!ranked.isEmpty() && cluster.score() > ranked.get(ranked.size() - 1).score()) {
        throw new IOException(
            at
                + " ("
                + cluster.docid()
                + ", "
                + cluster.score()
                + ") scores more than the cluster"
                + " above it ("
                + ranked.get(ranked.size() - 1).docid()
                + ", "
                + ranked.get(ranked.size() - 1).score()
                + "): clusters must come best first");
      }
      ranked.add(cluster);
      JsonNode subClusters = c.get("subClusters");
      if (subClusters == null || !subClusters.isArray()) {
        throw new IOException(at + " has no subClusters array");
      }
      for (int j = 0; j < subClusters.size(); j++) {
        subs.add(scored(subClusters.get(j), at + ".subClusters[" + j + "]"));
      }
    }
    subs.sort(
        Comparator.comparingDouble(ScoredDoc::score).reversed().thenComparing(ScoredDoc::docid));
    return new Answer(ranked, subs);
  }

  private static ScoredDoc scored(JsonNode node, String at) throws IOException {
    if (node == null || !node.isObject()) {
      throw new IOException(at + " is not an object");
    }
    JsonNode id = node.get("id");
    JsonNode score = node.get("score");
    if (id == null || !id.isTextual() || id.asText().isBlank()) {
      throw new IOException(at + " has no id");
    }
    if (score == null || !score.isNumber()) {
      throw new IOException(at + " (" + id.asText() + ") has no numeric score");
    }
    try {
      return new ScoredDoc(id.asText(), score.doubleValue());
    } catch (IllegalArgumentException e) {
      throw new IOException(at + ": " + e.getMessage(), e);
    }
  }

  private static String describe(IOException e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName()
        + (message == null || message.isBlank() ? "" : ": " + message);
  }

  private static String shorten(String body) {
    String flat = body == null ? "" : body.strip().replaceAll("\\s+", " ");
    return flat.length() > MAX_BODY_SHOWN ? flat.substring(0, MAX_BODY_SHOWN - 3) + "..." : flat;
  }
}

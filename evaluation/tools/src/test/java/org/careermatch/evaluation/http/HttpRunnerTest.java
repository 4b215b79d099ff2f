package org.careermatch.evaluation.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.careermatch.evaluation.run.ScoredDoc;
import org.careermatch.evaluation.runner.SuiteRunner;
import org.careermatch.evaluation.suite.Qrels;
import org.careermatch.evaluation.suite.Suite;
import org.careermatch.evaluation.suite.Topic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link HttpRunner} against a tiny HTTP server on 127.0.0.1 that answers canned JSON. */
class HttpRunnerTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** Two clusters best first; their sub-clusters interleave by score, and two tie at 40. */
  private static final String ANSWER =
      """
      {"framework": "nccf-2024", "frameworkName": "National Career Clusters Framework (2024)",
       "clusters": [
         {"rank": 1, "id": "health-science", "title": "Health Science", "score": 80.5, "crossCutting": false,
          "subClusters": [{"id": "patient-care", "title": "Patient Care", "score": 70.0},
                          {"id": "veterinary", "title": "Veterinary", "score": 40.0}],
          "explanation": {"value": 80.5, "description": "sum", "children": [], "evidence": null}},
         {"rank": 2, "id": "agriculture", "title": "Agriculture", "score": 60.0, "crossCutting": false,
          "subClusters": [{"id": "animal-systems", "title": "Animal Systems", "score": 75.0},
                          {"id": "agribusiness", "title": "Agribusiness", "score": 40.0}]}
       ],
       "unmatched": []}
      """;

  private HttpServer server;
  private final List<String> requests = new CopyOnWriteArrayList<>();
  private final Map<String, String> answers = new ConcurrentHashMap<>();
  private volatile int status = 200;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          requests.add(
              exchange.getRequestMethod()
                  + " "
                  + exchange.getRequestURI().getPath()
                  + " "
                  + exchange.getRequestHeaders().getFirst("Content-Type")
                  + " "
                  + body);
          byte[] answer =
              answers
                  .getOrDefault(exchange.getRequestURI().getPath(), "{\"error\": \"no such page\"}")
                  .getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "application/json");
          exchange.sendResponseHeaders(
              answers.containsKey(exchange.getRequestURI().getPath()) ? status : 404,
              answer.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer);
          }
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private URI base(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  private static Suite suite() {
    return new Suite(
        "tiny",
        List.of(
            Topic.ofText("q1", "I love animals"),
            new Topic("q2", "", List.of("CPR", "first aid"), "nccf-2002")),
        Qrels.builder().add("q1", "agriculture", 1).add("q2", "health-science", 1).build(),
        Qrels.EMPTY);
  }

  @Test
  void aTrecTopicsSkillsColumnIsPostedAsSkills() throws IOException {
    List<Topic> topics =
        org.careermatch.evaluation.suite.TopicsReader.read(
            new java.io.StringReader("s1\tfix dirtbikes\tsmall engines;welding\n"), "t.topics.tsv");
    assertEquals(
        JSON.readTree(
            "{\"interests\": \"fix dirtbikes\", \"skills\": [\"small engines\", \"welding\"], "
                + "\"framework\": \"nccf-2024\"}"),
        JSON.readTree(HttpRunner.requestBody(topics.get(0))));
  }

  @Test
  void postsEachTopicAndReadsClustersAndSubClusters() throws IOException {
    answers.put("/api/v1/matches", ANSWER);
    SuiteRunner.Runs runs = new HttpRunner(base("")).run(suite());

    assertEquals(2, requests.size());
    assertTrue(
        requests.get(0).startsWith("POST /api/v1/matches application/json "), requests.get(0));
    JsonNode first = JSON.readTree(requests.get(0).substring(requests.get(0).indexOf('{')));
    assertEquals(
        JSON.readTree(
            "{\"interests\": \"I love animals\", \"skills\": [], \"framework\": \"nccf-2024\"}"),
        first);
    JsonNode second = JSON.readTree(requests.get(1).substring(requests.get(1).indexOf('{')));
    assertEquals(
        JSON.readTree(
            "{\"interests\": \"\", \"skills\": [\"CPR\", \"first aid\"], \"framework\": \"nccf-2002\"}"),
        second);

    for (String qid : List.of("q1", "q2")) {
      assertEquals(
          List.of(new ScoredDoc("health-science", 80.5), new ScoredDoc("agriculture", 60.0)),
          runs.clusters().ranking(qid));
      // all sub-clusters by score; the tie at 40 broken by id, as EngineRunner does
      assertEquals(
          List.of(
              new ScoredDoc("animal-systems", 75.0),
              new ScoredDoc("patient-care", 70.0),
              new ScoredDoc("agribusiness", 40.0),
              new ScoredDoc("veterinary", 40.0)),
          runs.subClusters().ranking(qid));
    }
  }

  @Test
  void keepsThePathOfTheBaseUrl() throws IOException {
    answers.put("/careermatch/api/v1/matches", ANSWER);
    SuiteRunner.Runs runs = new HttpRunner(base("/careermatch/")).run(suite());
    assertEquals(2, runs.clusters().ranking("q1").size());
    assertEquals(
        URI.create("http://localhost:8080/api/v1/matches"),
        HttpRunner.endpoint(URI.create("http://localhost:8080")));
    assertEquals(
        URI.create("http://localhost:8080/api/v1/matches"),
        HttpRunner.endpoint(URI.create("http://localhost:8080/")));
    assertEquals(
        URI.create("https://example.org/cm/api/v1/matches"),
        HttpRunner.endpoint(URI.create("https://example.org/cm//")));
  }

  @Test
  void rejectsBaseUrlsItCannotUse() {
    for (String bad :
        List.of("localhost:8080", "ftp://example.org", "http:///nohost", "http://h/?q=1", "/api")) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class, () -> HttpRunner.endpoint(URI.create(bad)), bad);
      assertTrue(e.getMessage().contains(org.careermatch.data.Checks.quote(bad)), e.getMessage());
    }
  }

  @Test
  void anErrorStatusNamesTheUrlTheTopicAndTheStatus() {
    answers.put(
        "/api/v1/matches", "{\"title\": \"Bad Request\", \"detail\": \"interests too long\"}");
    status = 400;
    UncheckedIOException e =
        assertThrows(UncheckedIOException.class, () -> new HttpRunner(base("")).run(suite()));
    String message = e.getCause().getMessage();
    assertTrue(
        message.startsWith("POST " + base("/api/v1/matches") + " for topic q1 answered HTTP 400: "),
        message);
    assertTrue(message.contains("interests too long"), message);
  }

  @Test
  void anUnexpectedAnswerSaysWhatIsMissing() {
    answers.put(
        "/api/v1/matches",
        "{\"clusters\": [{\"id\": \"a\", \"score\": 5, \"subClusters\": []},"
            + " {\"id\": \"b\", \"score\": 9, \"subClusters\": []}]}");
    assertTrue(
        failure()
            .contains("for topic q1, clusters[1] (b, 9.0) scores more than the cluster above it"),
        failure());
    answers.put(
        "/api/v1/matches",
        "{\"clusters\": [{\"id\": \"a\", \"score\": \"high\", \"subClusters\": []}]}");
    assertTrue(failure().contains("clusters[0] (a) has no numeric score"), failure());
    answers.put("/api/v1/matches", "{\"clusters\": [{\"id\": \"a\", \"score\": 1}]}");
    assertTrue(failure().contains("clusters[0] has no subClusters array"), failure());
    answers.put("/api/v1/matches", "{\"items\": []}");
    assertTrue(failure().contains("has no clusters array"), failure());
    answers.put("/api/v1/matches", "<html>oops</html>");
    assertTrue(failure().contains("is not JSON"), failure());
  }

  @Test
  void aClosedPortIsAnIoFailure() {
    URI closed = base("");
    server.stop(0);
    UncheckedIOException e =
        assertThrows(UncheckedIOException.class, () -> new HttpRunner(closed).run(suite()));
    assertTrue(
        e.getCause()
            .getMessage()
            .startsWith("POST " + closed + "/api/v1/matches for topic q1 failed: "),
        e.getCause().getMessage());
  }

  private String failure() {
    return assertThrows(UncheckedIOException.class, () -> new HttpRunner(base("")).run(suite()))
        .getCause()
        .getMessage();
  }
}

package org.careermatch.api.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar as a process (run by failsafe after {@code package}): a request in flight when
 * SIGTERM arrives is answered; readiness turns DOWN while the port still accepts, liveness stays
 * UP; then the port closes and the process exits with SIGTERM's status. The run logs JSON (ECS)
 * lines, and no learner text.
 */
class GracefulShutdownIT {
  private static final String SECRET = "zqxsecretlearnertext";
  private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private Process process;

  @AfterEach
  void stop() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void aRequestInFlightDuringSigtermIsAnsweredAndTheProcessExits() throws Exception {
    Path jar = Path.of("target", "careermatch-api.jar");
    assertThat(jar).as("the packaged service (failsafe runs after package)").exists();
    int port = freePort();
    Path stdout = Path.of("target", "graceful-shutdown-it.stdout.log");
    Path stderr = Path.of("target", "graceful-shutdown-it.stderr.log");
    process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-jar",
                jar.toString(),
                "--server.port=" + port,
                "--careermatch.shutdown.drain-time=2s",
                "--spring.lifecycle.timeout-per-shutdown-phase=30s",
                "--careermatch.semantic.enabled=false",
                "--logging.structured.format.console=ecs",
                // the test sees the slow request in flight in the metrics; since issue 17
                // prometheus is off the public port
                // unless an operator exposes it (as here; in production on a management port of its
                // own)
                "--management.endpoints.web.exposure.include=health,prometheus")
            .redirectOutput(stdout.toFile())
            .redirectError(stderr.toFile())
            .start();
    String base = "http://127.0.0.1:" + port;
    waitFor(
        () -> status(base + "/actuator/health/readiness") == 200,
        START_TIMEOUT,
        "the service to be ready");

    byte[] body =
        ("{\"interests\": \"I love animals and want to work on a farm " + SECRET + "\"}")
            .getBytes(StandardCharsets.UTF_8);
    int half = body.length / 2;
    try (Socket slow = new Socket()) {
      slow.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
      slow.setSoTimeout(60_000);
      OutputStream out = slow.getOutputStream();
      // HTTP/1.0: the answer comes whole, not chunked, and the connection closes after it
      out.write(
          ("POST /api/v1/matches HTTP/1.0\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                  + "Content-Length: "
                  + body.length
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.write(body, 0, half);
      out.flush();
      // the request is in the application (past the filters, reading its body) when two are active:
      // it and the scrape
      waitFor(
          () -> activeRequests(base) >= 2,
          Duration.ofSeconds(30),
          "the slow request to be in flight");

      process.destroy(); // SIGTERM
      waitFor(
          () -> status(base + "/actuator/health/readiness") == 503,
          Duration.ofSeconds(10),
          "readiness DOWN while the port still accepts");
      assertThat(status(base + "/actuator/health/liveness"))
          .as("liveness during the drain")
          .isEqualTo(200);
      waitFor(() -> refused(port), Duration.ofSeconds(20), "the port to close after the drain");
      assertThat(process.isAlive())
          .as("still running: the request in flight holds the shutdown")
          .isTrue();

      out.write(body, half, body.length - half);
      out.flush();
      String response = readAll(slow.getInputStream());
      assertThat(response.lines().findFirst().orElse("")).matches("HTTP/1\\.[01] 200.*");
      JsonNode answer = JSON.readTree(response.substring(response.indexOf("\r\n\r\n") + 4));
      assertThat(answer.get("clusters").get(0).get("id").asText()).isEqualTo("agriculture");
    }

    assertThat(process.waitFor(60, TimeUnit.SECONDS))
        .as("the process exits after the request")
        .isTrue();
    assertThat(process.exitValue()).as("exit status after SIGTERM").isEqualTo(143);

    List<String> lines =
        Files.readAllLines(stdout, StandardCharsets.UTF_8).stream()
            .filter(l -> !l.isBlank())
            .toList();
    assertThat(lines).isNotEmpty();
    for (String line : lines) {
      JsonNode event = JSON.readTree(line);
      assertThat(event.has("@timestamp") && event.path("log").has("level") && event.has("message"))
          .as("an ECS JSON log line: " + line)
          .isTrue();
    }
    assertThat(String.join("\n", lines))
        .contains("readiness is REFUSING_TRAFFIC, still serving for 2000 ms")
        .contains("Graceful shutdown complete")
        .doesNotContain(SECRET);
    assertThat(Files.readString(stderr)).doesNotContain(SECRET);
  }

  private int status(String url) {
    try {
      return http.send(
              HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  private long activeRequests(String base) {
    try {
      String scrape =
          http.send(
                  HttpRequest.newBuilder(URI.create(base + "/actuator/prometheus"))
                      .timeout(Duration.ofSeconds(5))
                      .build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      // a long task timer: "_active_count", or "_gcount" when it publishes a histogram (as
      // configured here)
      return scrape
          .lines()
          .filter(l -> l.matches("http_server_requests_active_seconds_(active_count|gcount)\\{.*"))
          .mapToLong(l -> (long) Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
          .sum();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  private static boolean refused(int port) {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", port), 1_000);
      return false;
    } catch (ConnectException e) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static String readAll(InputStream in) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    in.transferTo(b);
    return b.toString(StandardCharsets.UTF_8);
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private void waitFor(Check check, Duration timeout, String what) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!check.ok()) {
      assertThat(process.isAlive()).as("the process is alive while waiting for " + what).isTrue();
      assertThat(System.nanoTime()).as("waited " + timeout + " for " + what).isLessThan(deadline);
      Thread.sleep(100);
    }
  }

  @FunctionalInterface
  private interface Check {
    boolean ok() throws Exception;
  }
}

package org.careermatch.api.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The connector against careless and hostile clients, over raw sockets to the real server: slow or
 * short requests are cut off, one address cannot hold every thread, the container's own errors are
 * problems (never Tomcat's HTML page), HTTP/0.9 is not answered, and a batch whose client hangs up
 * is not computed on. Deadlines are short here (1-2 s) so that the test is quick; the defaults are
 * in application.properties.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "careermatch.semantic.enabled=false",
      "careermatch.connector.header-timeout=1s",
      "careermatch.connector.body-timeout=2s",
      "careermatch.connector.max-requests-per-client=3",
      "server.tomcat.connection-timeout=1500ms"
    })
class ConnectorTests {
  @LocalServerPort private int port;

  @Autowired private MeterRegistry registry;

  private Socket open() throws IOException {
    Socket s = new Socket();
    s.connect(new InetSocketAddress("127.0.0.1", port), 5000);
    s.setSoTimeout(10_000);
    return s;
  }

  /** Everything the server sends until it closes, or until the read timeout. */
  private static String readAll(Socket s) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    InputStream in = s.getInputStream();
    byte[] buf = new byte[8192];
    try {
      for (int n; (n = in.read(buf)) >= 0; ) {
        out.write(buf, 0, n);
      }
    } catch (SocketTimeoutException | java.net.SocketException e) {
      // what arrived so far
    }
    return out.toString(StandardCharsets.ISO_8859_1);
  }

  private String exchange(byte[] request) throws IOException {
    try (Socket s = open()) {
      s.getOutputStream().write(request);
      s.getOutputStream().flush();
      return readAll(s);
    }
  }

  private static void assertProblemOrEmpty(String response, int status) {
    assertThat(response).startsWith("HTTP/1.1 " + status);
    assertThat(response.toLowerCase(Locale.ROOT)).doesNotContain("<html").doesNotContain("tomcat");
    String body = response.substring(response.indexOf("\r\n\r\n") + 4);
    if (!body.isEmpty()) {
      assertThat(response.toLowerCase(Locale.ROOT))
          .contains("content-type: application/problem+json");
      assertThat(body).contains("\"status\":" + status).contains("urn:careermatch:problem:");
    }
  }

  @Test
  void theContainersOwnErrorsAreProblemsNeverHtml() throws IOException {
    String longHeader = "X-Long: " + "a".repeat(9000) + "\r\n";
    StringBuilder manyHeaders = new StringBuilder();
    for (int i = 0; i < 120; i++) {
      manyHeaders.append("X-H").append(i).append(": v\r\n");
    }
    List<String> requests =
        List.of(
            "GET /api/v1/clusters%2Fagriculture HTTP/1.1\r\nHost: x\r\n\r\n",
            "GET /api/v1/clusters\\agriculture HTTP/1.1\r\nHost: x\r\n\r\n",
            "GET /api/v1/clusters%00 HTTP/1.1\r\nHost: x\r\n\r\n",
            "GET /api/v1/" + "a".repeat(9000) + " HTTP/1.1\r\nHost: x\r\n\r\n",
            "GET /api/v1/ping HTTP/1.1\r\nHost: x\r\n" + longHeader + "\r\n",
            "GET /api/v1/ping HTTP/1.1\r\nHost: x\r\n" + manyHeaders + "\r\n",
            "POST /api/v1/matches HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n",
            "POST /api/v1/matches HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 7\r\n\r\n",
            "\u0016\u0003\u0001\u0002\u0000\u0001\u0000\u0001\u00fc\u0003\u0003 not http\r\n\r\n",
            "GET /api/v1/ping HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n");
    for (String r : requests) {
      String response = exchange(r.getBytes(StandardCharsets.ISO_8859_1));
      if (!response.isEmpty()) {
        int status = Integer.parseInt(response.substring(9, 12));
        assertThat(status).as(r.substring(0, Math.min(40, r.length()))).isGreaterThanOrEqualTo(400);
        assertProblemOrEmpty(response, status);
      }
    }
  }

  @Test
  void traceIsAProblem() throws IOException {
    String response =
        exchange(
            "TRACE /api/v1/ping HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                .getBytes(StandardCharsets.ISO_8859_1));
    assertProblemOrEmpty(response, 405);
  }

  @Test
  void http09IsNotAnswered() throws IOException {
    assertThat(exchange("GET /api/v1/ping\r\n".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
    assertThat(exchange("GET /\r\n".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
  }

  @Test
  void slowHeadersAreCutOffAfterTheHeaderTimeout() throws Exception {
    try (Socket s = open()) {
      OutputStream out = s.getOutputStream();
      out.write("GET /api/v1/ping HTTP/1.1\r\nHost: x\r\n".getBytes(StandardCharsets.ISO_8859_1));
      long start = System.nanoTime();
      boolean closed = false;
      for (int i = 0; i < 50 && !closed; i++) {
        try {
          out.write('a');
          out.flush();
          s.setSoTimeout(300);
          closed = s.getInputStream().read() < 0;
        } catch (SocketTimeoutException e) {
          // still open
        } catch (IOException e) {
          closed = true;
        }
      }
      assertThat(closed).isTrue();
      assertThat((System.nanoTime() - start) / 1e9).isLessThan(6);
    }
  }

  @Test
  void aBodyShorterThanItsLengthIsCutOffAfterTheReadTimeout() throws Exception {
    long start = System.nanoTime();
    try (Socket s = open()) {
      s.getOutputStream()
          .write(
              ("POST /api/v1/matches HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                      + "Content-Length: 100\r\n\r\n{\"interests\"")
                  .getBytes(StandardCharsets.ISO_8859_1));
      readAll(s);
    }
    assertThat((System.nanoTime() - start) / 1e9).isLessThan(6);
  }

  @Test
  void aSteadilySlowBodyIs408AfterTheBodyTimeout() throws Exception {
    long start = System.nanoTime();
    try (Socket s = open()) {
      OutputStream out = s.getOutputStream();
      out.write(
          ("POST /api/v1/matches HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                  + "Content-Length: 1000\r\n\r\n{\"interests\": \"")
              .getBytes(StandardCharsets.ISO_8859_1));
      String response = trickleUntilAnswered(s, 40);
      assertProblemOrEmpty(response, 408);
      assertThat(response).contains("urn:careermatch:problem:request-timeout");
    }
    assertThat((System.nanoTime() - start) / 1e9).isLessThan(8);
  }

  /** Sends one byte every 200 ms until the server answers (or n bytes); returns the answer. */
  private static String trickleUntilAnswered(Socket s, int n) throws IOException {
    s.setSoTimeout(200);
    for (int i = 0; i < n; i++) {
      try {
        int b = s.getInputStream().read();
        if (b >= 0) {
          s.setSoTimeout(5000);
          return (char) b + readAll(s);
        }
        return "";
      } catch (SocketTimeoutException e) {
        s.getOutputStream().write('a');
      }
    }
    return "";
  }

  @Test
  void oneAddressCannotHoldMoreThanItsShareOfRequests() throws Exception {
    List<Socket> slow = new ArrayList<>();
    try {
      for (int i = 0; i < 3; i++) {
        Socket s = open();
        s.getOutputStream()
            .write(
                ("POST /api/v1/matches HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 1000\r\n\r\n{")
                    .getBytes(StandardCharsets.ISO_8859_1));
        slow.add(s);
      }
      Thread.sleep(300);
      String response =
          exchange(
              ("POST /api/v1/matches HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                      + "Content-Length: 40\r\n\r\n{\"interests\": \"animals\"}")
                  .getBytes(StandardCharsets.ISO_8859_1));
      assertProblemOrEmpty(response, 429);
      assertThat(response)
          .contains("Retry-After: 1")
          .contains("urn:careermatch:problem:too-many-requests");
    } finally {
      for (Socket s : slow) {
        s.close();
      }
    }
  }

  @Test
  void aBatchWhoseClientHangsUpIsNotComputedOn() throws Exception {
    StringBuilder csv = new StringBuilder("ref,interests\n");
    for (int i = 0; i < 500; i++) {
      csv.append("r")
          .append(i)
          .append(",i like building robots and cooking number ")
          .append(i)
          .append(" of many\n");
    }
    byte[] body = csv.toString().getBytes(StandardCharsets.UTF_8);
    double before = computed();
    try (Socket s = open()) {
      s.getOutputStream()
          .write(
              ("POST /api/v1/matches/batch HTTP/1.1\r\nHost: x\r\nContent-Type: text/csv\r\n"
                      + "Content-Length: "
                      + body.length
                      + "\r\n\r\n")
                  .getBytes(StandardCharsets.ISO_8859_1));
      s.getOutputStream().write(body);
      s.getOutputStream().flush();
      long deadline = System.nanoTime() + 30_000_000_000L;
      while (computed() - before < 3 && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
    }
    Thread.sleep(1000);
    double atHangUp = computed() - before;
    Thread.sleep(1500);
    double after = computed() - before;
    assertThat(atHangUp).isLessThan(500);
    assertThat(after - atHangUp).isLessThanOrEqualTo(1);
  }

  private double computed() {
    return registry.get("careermatch.match.computed").counter().count();
  }
}

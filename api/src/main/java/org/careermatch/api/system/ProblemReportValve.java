package org.careermatch.api.system;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;

/**
 * The container's own error answers (a request line or headers Tomcat cannot parse, an encoded '/'
 * or '\' or a NUL in the path, too many or too large headers, a bad Content-Length...) as {@code
 * application/problem+json} instead of Tomcat's HTML page. Errors inside the application never get
 * here: Spring's error page renders them ({@link ProblemErrorController}). A request in HTTP/0.9,
 * which cannot carry a status or a header, is not answered: its connection is closed.
 */
public final class ProblemReportValve extends ErrorReportValve {

  public ProblemReportValve() {
    setShowReport(false);
    setShowServerInfo(false);
  }

  @Override
  public void invoke(Request request, Response response) throws IOException, ServletException {
    if (isHttp09(request)) {
      response.getCoyoteResponse().action(ActionCode.CLOSE_NOW, null);
      return;
    }
    super.invoke(request, response);
  }

  static boolean isHttp09(Request request) {
    String protocol = request.getProtocol();
    return protocol == null || protocol.isEmpty() || "HTTP/0.9".equals(protocol);
  }

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0) {
      return;
    }
    AtomicBoolean ioAllowed = new AtomicBoolean(true);
    response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
    if (!ioAllowed.get() || !response.setErrorReported()) {
      return;
    }
    if (isHttp09(request)) {
      response.getCoyoteResponse().action(ActionCode.CLOSE_NOW, null);
      return;
    }
    HttpStatus known = HttpStatus.resolve(status);
    String reason = known == null ? "Error" : known.getReasonPhrase();
    boolean server = status >= 500;
    String json =
        "{\"type\":\""
            + ApiException.TYPE_PREFIX
            + (server ? "internal-error" : "http-" + status)
            + "\",\"title\":\""
            + reason
            + "\",\"status\":"
            + status
            + ",\"detail\":\""
            + (server
                ? "the server could not process this request"
                : "the request could not be processed: " + reason.toLowerCase(Locale.ROOT))
            + "\"}";
    try {
      response.resetBuffer();
      response.setContentType("application/problem+json");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.setHeader("X-Content-Type-Options", "nosniff");
      response.setHeader("Cache-Control", "no-store");
      Writer writer = response.getReporter();
      if (writer != null) {
        writer.write(json);
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException e) {
      // the connection is going away; nothing more can be said
    }
  }
}

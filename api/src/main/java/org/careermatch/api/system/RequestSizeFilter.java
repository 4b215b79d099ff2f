package org.careermatch.api.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies larger than {@code careermatch.max-request-size} with 413: at once when
 * the Content-Length says so, and while reading otherwise (chunked bodies). A body still arriving
 * {@code careermatch.connector.body-timeout} after the request began is cut off with 408, however
 * steadily its bytes trickle in (Tomcat's read timeout only bounds the silence between two
 * packets).
 */
class RequestSizeFilter extends OncePerRequestFilter {
  private final long maxBytes;
  private final long bodyTimeoutNanos;
  private final ObjectMapper json;

  RequestSizeFilter(long maxBytes, long bodyTimeoutNanos, ObjectMapper json) {
    this.maxBytes = maxBytes;
    this.bodyTimeoutNanos = bodyTimeoutNanos;
    this.json = json;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() > maxBytes) {
      response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.setHeader("Connection", "close");
      json.writeValue(
          response.getOutputStream(),
          ApiException.problem(
              HttpStatus.PAYLOAD_TOO_LARGE,
              "request-too-large",
              "Request too large",
              "the request body is larger than the "
                  + maxBytes
                  + " bytes this server accepts; send fewer profiles per batch"));
      return;
    }
    chain.doFilter(
        new Limited(request, maxBytes, System.nanoTime() + bodyTimeoutNanos, bodyTimeoutNanos),
        response);
  }

  private static final class Limited extends HttpServletRequestWrapper {
    private final long max;
    private final long deadline;
    private final long timeout;
    private ServletInputStream stream;

    Limited(HttpServletRequest request, long max, long deadline, long timeout) {
      super(request);
      this.max = max;
      this.deadline = deadline;
      this.timeout = timeout;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new LimitedStream(super.getInputStream(), max, deadline, timeout);
      }
      return stream;
    }

    @Override
    public BufferedReader getReader() throws IOException {
      String enc = getCharacterEncoding();
      Charset cs = enc == null ? StandardCharsets.UTF_8 : Charset.forName(enc);
      return new BufferedReader(new InputStreamReader(getInputStream(), cs));
    }
  }

  private static final class LimitedStream extends ServletInputStream {
    private final ServletInputStream in;
    private final long max;
    private final long deadline;
    private final long timeout;
    private long count;

    LimitedStream(ServletInputStream in, long max, long deadline, long timeout) {
      this.in = in;
      this.max = max;
      this.deadline = deadline;
      this.timeout = timeout;
    }

    private void add(long n) throws IOException {
      if (n >= 0 && System.nanoTime() - deadline > 0) {
        throw new RequestTimeoutException(timeout);
      }
      if (n > 0) {
        count += n;
        if (count > max) {
          throw new RequestTooLargeException(max);
        }
      }
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        add(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = in.read(b, off, len);
      add(n);
      return n;
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}

package org.careermatch.api.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * At most {@code careermatch.connector.max-requests-per-client} requests of one client address in
 * progress at once; one more is refused with 429 and {@code Retry-After} before its body is read,
 * and its connection closed, so that one address cannot hold all the request threads (with slow
 * bodies, say). The address is {@link HttpServletRequest#getRemoteAddr()}: the connection's, or a
 * forwarded one only when {@code server.forward-headers-strategy} says a proxy in front may be
 * trusted with it.
 */
class ClientLimitFilter extends OncePerRequestFilter {
  static final int RETRY_AFTER_SECONDS = 1;

  private final int perClient;
  private final ObjectMapper json;
  private final Counter refused;
  private final Cache<String, Bulkhead> clients =
      Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(Duration.ofMinutes(10)).build();

  ClientLimitFilter(int perClient, ObjectMapper json, MeterRegistry registry) {
    this.perClient = perClient;
    this.json = json;
    this.refused =
        Counter.builder("careermatch.refused")
            .tag("limit", "per-client")
            .description("requests refused by a limit")
            .register(registry);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String client = String.valueOf(request.getRemoteAddr());
    Bulkhead bulkhead =
        clients.get(
            client,
            a ->
                Bulkhead.of(
                    "client",
                    BulkheadConfig.custom()
                        .maxConcurrentCalls(perClient)
                        .maxWaitDuration(Duration.ZERO)
                        .build()));
    if (!bulkhead.tryAcquirePermission()) {
      refused.increment();
      response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
      response.setHeader("Connection", "close");
      json.writeValue(
          response.getOutputStream(),
          ApiException.problem(
              HttpStatus.TOO_MANY_REQUESTS,
              "too-many-requests",
              "Too many requests",
              "this client has "
                  + perClient
                  + " requests in progress, the "
                  + "most allowed at once; wait for an answer before sending more"));
      return;
    }
    try {
      chain.doFilter(request, response);
    } finally {
      bulkhead.onComplete();
    }
  }
}

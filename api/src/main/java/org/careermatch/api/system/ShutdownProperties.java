package org.careermatch.api.system;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the service stops ({@code careermatch.shutdown.*}). On SIGTERM readiness turns DOWN at once;
 * the service then keeps serving for {@code drainTime} so that a load balancer or Kubernetes sees
 * it and sends no more requests; only then does the web server stop accepting connections and wait
 * for the requests in flight (bounded by {@code spring.lifecycle.timeout-per-shutdown-phase}).
 *
 * @param drainTime how long the service keeps serving with readiness DOWN after SIGTERM (0 = stop
 *     accepting at once)
 */
@ConfigurationProperties("careermatch.shutdown")
public record ShutdownProperties(@DefaultValue("0s") Duration drainTime) {
  public ShutdownProperties {
    if (drainTime == null
        || drainTime.isNegative()
        || drainTime.compareTo(Duration.ofMinutes(5)) > 0) {
      throw new IllegalArgumentException(
          "careermatch.shutdown.drain-time must be from 0s to 5m (was " + drainTime + ")");
    }
  }
}

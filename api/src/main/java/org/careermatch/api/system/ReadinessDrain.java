package org.careermatch.api.system;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The first thing to stop on SIGTERM. Spring Boot turns readiness to REFUSING_TRAFFIC as soon as
 * the context starts closing; this lifecycle, in the last phase (stopped first, before the web
 * server's graceful shutdown), keeps the server serving for {@code careermatch.shutdown.drain-time}
 * while readiness says DOWN, so that load balancers stop sending before the port closes. Liveness
 * is untouched.
 */
@Component
@EnableConfigurationProperties(ShutdownProperties.class)
class ReadinessDrain implements SmartLifecycle {
  private static final Logger log = LoggerFactory.getLogger(ReadinessDrain.class);

  private final Duration drainTime;
  private final ApplicationAvailability availability;
  private volatile boolean running;

  ReadinessDrain(ShutdownProperties properties, ApplicationAvailability availability) {
    this.drainTime = properties.drainTime();
    this.availability = availability;
  }

  @Override
  public void start() {
    running = true;
  }

  @Override
  public void stop() {
    running = false;
    if (drainTime.isZero()) {
      return;
    }
    log.info(
        "stopping: readiness is {}, still serving for {} ms before the port closes",
        availability.getReadinessState(),
        drainTime.toMillis());
    try {
      Thread.sleep(drainTime.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** Stopped before every other lifecycle, the web server's graceful shutdown included. */
  @Override
  public int getPhase() {
    return Integer.MAX_VALUE;
  }
}

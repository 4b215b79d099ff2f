package org.careermatch.api.system;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Bounds on concurrent expensive work, as resilience4j bulkheads:
 *
 * <ul>
 *   <li>{@code model}: profiles the engine computes at once ({@code
 *       careermatch.work.max-concurrent}, default one per processor). A request waits at most
 *       {@code careermatch.work.max-wait} for its turn, then gets 503 with {@code Retry-After}; a
 *       batch waits its turn profile by profile within its time budget.
 *   <li>{@code batches} and {@code evaluations}: requests of that kind computed at once; one more
 *       gets 429 with {@code Retry-After} at once.
 * </ul>
 */
@Service
public class WorkLimits {
  private final Bulkhead model;
  private final Bulkhead batches;
  private final Bulkhead evaluations;
  private final Duration maxWait;
  private final MeterRegistry registry;

  public WorkLimits(CareerMatchProperties properties, MeterRegistry registry) {
    this.registry = registry;
    this.maxWait = properties.work().maxWait();
    this.model = bulkhead("model", properties.work().concurrency(), maxWait);
    this.batches = bulkhead("batches", properties.batch().maxConcurrent(), Duration.ZERO);
    this.evaluations =
        bulkhead("evaluations", properties.evaluation().maxConcurrent(), Duration.ZERO);
  }

  private Bulkhead bulkhead(String name, int max, Duration wait) {
    Bulkhead b =
        Bulkhead.of(
            name,
            BulkheadConfig.custom()
                .maxConcurrentCalls(max)
                .maxWaitDuration(wait)
                .fairCallHandlingStrategyEnabled(true)
                .build());
    Gauge.builder(
            "careermatch.work.in-progress",
            b,
            x -> max - x.getMetrics().getAvailableConcurrentCalls())
        .tag("limit", name)
        .description("requests or computations in progress under a limit")
        .register(registry);
    return b;
  }

  /**
   * One computation by the model for a single request: waits at most max-wait for a turn, then 503.
   */
  public <T> T model(Supplier<T> work) {
    if (!model.tryAcquirePermission()) {
      throw refused(
          "model",
          HttpStatus.SERVICE_UNAVAILABLE,
          "busy",
          "Busy",
          "the service is computing as many profiles as it can at once; try again shortly");
    }
    try {
      return work.get();
    } finally {
      model.onComplete();
    }
  }

  /**
   * One computation by the model within a long request: waits for a turn as long as the budget
   * allows.
   */
  public <T> T model(Budget budget, Supplier<T> work) {
    budget.check();
    while (!model.tryAcquirePermission()) {
      budget.check();
      if (maxWait.isZero()) {
        pause();
      }
    }
    try {
      return work.get();
    } finally {
      model.onComplete();
    }
  }

  private static void pause() {
    try {
      Thread.sleep(10);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ClientGoneException();
    }
  }

  public <T> T batch(Supplier<T> work) {
    return exclusive(
        batches,
        "batches",
        "the service is computing as many batches as it allows at once; try again "
            + "when one has been answered",
        work);
  }

  public <T> T evaluation(Supplier<T> work) {
    return exclusive(
        evaluations,
        "evaluations",
        "the service is computing as many evaluations as it allows at "
            + "once; try again when one has been answered",
        work);
  }

  private <T> T exclusive(Bulkhead b, String name, String detail, Supplier<T> work) {
    if (!b.tryAcquirePermission()) {
      throw refused(
          name, HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", "Too many requests", detail);
    }
    try {
      return work.get();
    } finally {
      b.onComplete();
    }
  }

  private ApiException refused(
      String limit, HttpStatus status, String type, String title, String detail) {
    Counter.builder("careermatch.refused")
        .tag("limit", limit)
        .description("requests refused by a limit")
        .register(registry)
        .increment();
    return ApiException.busy(status, type, title, detail, Math.max(1, maxWait.toSeconds()));
  }
}

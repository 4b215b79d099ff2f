package org.careermatch.api.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.careermatch.api.TestEngine;
import org.careermatch.api.system.ApiException;
import org.careermatch.api.system.Budget;
import org.careermatch.api.system.CareerMatchProperties;
import org.careermatch.api.system.ClientGoneException;
import org.careermatch.api.system.WorkLimits;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * The bounds on expensive work: batches and the model at once (429/503 with Retry-After), the time
 * budget, and the work not done once a budget runs out or a client hangs up (counted by the
 * engine's computations).
 */
class LimitsTests {

  static CareerMatchProperties properties(Map<String, String> settings) {
    return new Binder(new MapConfigurationPropertySource(settings))
        .bindOrCreate("careermatch", CareerMatchProperties.class);
  }

  private static List<BatchRequest.Profile> uniqueProfiles(int n, String tag) {
    List<BatchRequest.Profile> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      list.add(
          new BatchRequest.Profile(
              "r" + i, "animals and plants " + tag + " number " + i, List.of(), null));
    }
    return list;
  }

  private record Setup(MatchService matches, BatchService batches, WorkLimits limits) {
    static Setup of(Map<String, String> settings) {
      SimpleMeterRegistry registry = new SimpleMeterRegistry();
      CareerMatchProperties p = properties(settings);
      WorkLimits limits = new WorkLimits(p, registry);
      MatchService m = new MatchService(TestEngine.engine(), registry, p, limits);
      return new Setup(m, new BatchService(m, registry, p, limits), limits);
    }
  }

  /** A clock that moves one second each time it is read after {@code freeReads} reads. */
  private static Budget budgetRunningOutAfter(int freeReads) {
    AtomicLong reads = new AtomicLong();
    return Budget.of(
        "the batch",
        Duration.ofSeconds(1),
        () -> reads.incrementAndGet() > freeReads ? TimeUnit.SECONDS.toNanos(reads.get()) : 0,
        () -> false);
  }

  @Test
  void aBatchOutOfBudgetStopsAndComputesNoMoreProfiles() {
    Setup s = Setup.of(Map.of());
    BatchRequest request = new BatchRequest(uniqueProfiles(40, "budget"));
    // the deadline is taken from the clock's first read; the budget lasts for a few more checks
    // only
    assertThatThrownBy(
            () ->
                s.batches().run(request, 3, Detail.SUMMARY, false, () -> budgetRunningOutAfter(6)))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.getStatusCode().value()).isEqualTo(503);
              assertThat(e.getBody().getType().toString())
                  .isEqualTo("urn:careermatch:problem:time-budget-exceeded");
              assertThat(e.getBody().getDetail()).contains("time budget of 1 s");
            });
    assertThat(s.matches().computed()).isBetween(1.0, 6.0);
  }

  @Test
  void aBatchWhoseClientHungUpComputesNoMoreProfiles() {
    Setup s = Setup.of(Map.of());
    AtomicLong checks = new AtomicLong();
    Budget budget =
        Budget.of(
            "the batch",
            Duration.ofMinutes(1),
            System::nanoTime,
            () -> checks.incrementAndGet() > 5);
    BatchRequest request = new BatchRequest(uniqueProfiles(40, "gone"));
    assertThatThrownBy(() -> s.batches().run(request, 3, Detail.SUMMARY, false, () -> budget))
        .isInstanceOf(ClientGoneException.class);
    assertThat(s.matches().computed()).isBetween(1.0, 5.0);
  }

  @Test
  void aBatchWithinItsBudgetIsAnswered() {
    Setup s = Setup.of(Map.of());
    BatchResponse r =
        s.batches()
            .run(
                new BatchRequest(uniqueProfiles(5, "fine")),
                3,
                Detail.SUMMARY,
                false,
                () -> Budget.of("the batch", Duration.ofMinutes(1), System::nanoTime, () -> false));
    assertThat(r.results()).hasSize(5).allSatisfy(x -> assertThat(x.error()).isNull());
    assertThat(s.matches().computed()).isEqualTo(5.0);
  }

  @Test
  void oneBatchMoreThanAllowedAtOnceIs429WithRetryAfter() throws Exception {
    Setup s = Setup.of(Map.of("careermatch.batch.max-concurrent", "1"));
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Thread first =
        new Thread(
            () ->
                s.limits()
                    .batch(
                        () -> {
                          inside.countDown();
                          await(release);
                          return null;
                        }));
    first.start();
    assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
    try {
      assertThatThrownBy(
              () ->
                  s.batches()
                      .run(new BatchRequest(uniqueProfiles(1, "second")), 1, Detail.SUMMARY, false))
          .isInstanceOfSatisfying(
              ApiException.class,
              e -> {
                assertThat(e.getStatusCode().value()).isEqualTo(429);
                assertThat(e.getBody().getType().toString())
                    .isEqualTo("urn:careermatch:problem:too-many-requests");
                assertThat(e.getHeaders().getFirst("Retry-After")).isNotBlank();
              });
      assertThat(s.matches().computed()).isZero();
    } finally {
      release.countDown();
      first.join();
    }
    assertThat(
            s.batches()
                .run(new BatchRequest(uniqueProfiles(1, "third")), 1, Detail.SUMMARY, false)
                .results())
        .hasSize(1);
  }

  @Test
  void aMatchWaitingLongerThanMaxWaitForTheModelIs503WithRetryAfter() throws Exception {
    Setup s =
        Setup.of(
            Map.of("careermatch.work.max-concurrent", "1", "careermatch.work.max-wait", "50ms"));
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Thread busy =
        new Thread(
            () ->
                s.limits()
                    .model(
                        () -> {
                          inside.countDown();
                          await(release);
                          return null;
                        }));
    busy.start();
    assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
    try {
      assertThatThrownBy(
              () ->
                  s.matches()
                      .match("i like cooking for people", List.of(), null, null, Detail.SUMMARY))
          .isInstanceOfSatisfying(
              ApiException.class,
              e -> {
                assertThat(e.getStatusCode().value()).isEqualTo(503);
                assertThat(e.getBody().getType().toString())
                    .isEqualTo("urn:careermatch:problem:busy");
                assertThat(e.getHeaders().getFirst("Retry-After")).isEqualTo("1");
              });
    } finally {
      release.countDown();
      busy.join();
    }
    assertThat(
            s.matches()
                .match("i like cooking for people", List.of(), null, null, Detail.SUMMARY)
                .clusters())
        .isNotEmpty();
  }

  @Test
  void aCachedAnswerNeedsNoTurnAtTheModel() throws Exception {
    Setup s =
        Setup.of(Map.of("careermatch.work.max-concurrent", "1", "careermatch.work.max-wait", "0s"));
    s.matches().match("fixing cars and engines", List.of(), null, null, Detail.SUMMARY);
    AtomicBoolean answered = new AtomicBoolean();
    s.limits()
        .model(
            () -> {
              answered.set(
                  s.matches()
                          .match("fixing cars and engines", List.of(), null, 3, Detail.SUMMARY)
                          .clusters()
                          .size()
                      == 3);
              return null;
            });
    assertThat(answered).isTrue();
  }

  @Test
  void theCacheIsBoundedByTheWeightOfItsAnswers() {
    Setup s = Setup.of(Map.of("careermatch.cache.max-weight", "200KB"));
    s.matches().match("drawing and painting", List.of(), null, null, Detail.SUMMARY);
    int weight =
        s.matches()
            .weight(
                ProfileKey.of("drawing and painting", List.of(), "nccf-2024"),
                TestEngine.engine()
                    .match(org.careermatch.engine.LearnerProfile.of("drawing and painting")));
    assertThat(weight).isGreaterThan(10_000);
    for (int i = 0; i < 30; i++) {
      s.matches().match("drawing and painting " + i, List.of(), null, null, Detail.SUMMARY);
    }
    assertThat(s.matches().cachedWeight()).isLessThanOrEqualTo(200 * 1024);
  }

  @Test
  void aBatchLimitIsBoundedByTheClustersOfItsFrameworks() {
    Setup s = Setup.of(Map.of());
    assertThatThrownBy(
            () ->
                s.batches()
                    .run(new BatchRequest(uniqueProfiles(1, "limit")), 15, Detail.SUMMARY, false))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> assertThat(e.getBody().getDetail()).contains("between 1 and 14"));
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

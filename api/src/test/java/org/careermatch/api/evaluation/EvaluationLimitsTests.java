package org.careermatch.api.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.careermatch.api.TestEngine;
import org.careermatch.api.system.ApiException;
import org.careermatch.api.system.Budget;
import org.careermatch.api.system.CareerMatchProperties;
import org.careermatch.api.system.ClientGoneException;
import org.careermatch.api.system.WorkLimits;
import org.careermatch.evaluation.runner.EngineRunner;
import org.careermatch.evaluation.suite.Qrels;
import org.careermatch.evaluation.suite.Suite;
import org.careermatch.evaluation.suite.Topic;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * The limits of evaluations: text, one at a time (429), the time budget (503) and the topics not
 * computed after it.
 */
class EvaluationLimitsTests {

  private static CareerMatchProperties properties(Map<String, String> settings) {
    return new Binder(new MapConfigurationPropertySource(settings))
        .bindOrCreate("careermatch", CareerMatchProperties.class);
  }

  private static EvaluationService service(Map<String, String> settings, WorkLimits[] limitsOut) {
    CareerMatchProperties p = properties(settings);
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    WorkLimits limits = new WorkLimits(p, registry);
    if (limitsOut != null) {
      limitsOut[0] = limits;
    }
    return new EvaluationService(TestEngine.engine(), registry, limits, p);
  }

  private static EvaluationRequest request(int topics, int length) {
    List<EvaluationRequest.TopicItem> items = new ArrayList<>();
    for (int i = 0; i < topics; i++) {
      String text = ("animals and plants " + i + " ").repeat(length / 20 + 1).substring(0, length);
      items.add(new EvaluationRequest.TopicItem("t" + i, text, List.of(), null));
    }
    return new EvaluationRequest(
        "s", null, null, null, items, Map.of("t0", Map.of("agriculture", 1)), null, null);
  }

  @Test
  void moreTextThanAllowedIsRefusedBeforeAnythingIsComputed() {
    EvaluationService s = service(Map.of("careermatch.evaluation.max-text", "1000"), null);
    assertThatThrownBy(() -> s.evaluate(request(11, 100)))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.getStatusCode().value()).isEqualTo(400);
              assertThat(e.getBody().getDetail())
                  .contains("at most 1000 characters")
                  .contains("1100 were sent");
            });
    assertThat(s.evaluate(request(10, 100)).perQuery()).hasSize(10);
  }

  @Test
  void aSecondEvaluationAtOnceIs429WithRetryAfter() throws Exception {
    WorkLimits[] limits = new WorkLimits[1];
    EvaluationService s = service(Map.of(), limits);
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Thread first =
        new Thread(
            () ->
                limits[0].evaluation(
                    () -> {
                      inside.countDown();
                      try {
                        release.await(30, TimeUnit.SECONDS);
                      } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                      }
                      return null;
                    }));
    first.start();
    assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
    try {
      assertThatThrownBy(() -> s.evaluate(request(2, 30)))
          .isInstanceOfSatisfying(
              ApiException.class,
              e -> {
                assertThat(e.getStatusCode().value()).isEqualTo(429);
                assertThat(e.getBody().getType().toString())
                    .isEqualTo("urn:careermatch:problem:too-many-requests");
                assertThat(e.getHeaders().getFirst("Retry-After")).isNotBlank();
              });
    } finally {
      release.countDown();
      first.join();
    }
  }

  @Test
  void anEvaluationOutOfBudgetIs503() {
    EvaluationService s = service(Map.of(), null);
    AtomicLong reads = new AtomicLong();
    assertThatThrownBy(
            () ->
                s.evaluate(
                    request(30, 50),
                    () ->
                        Budget.of(
                            "the evaluation",
                            Duration.ofSeconds(1),
                            () ->
                                reads.incrementAndGet() > 4
                                    ? TimeUnit.SECONDS.toNanos(reads.get())
                                    : 0,
                            () -> false)))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.getStatusCode().value()).isEqualTo(503);
              assertThat(e.getBody().getType().toString())
                  .isEqualTo("urn:careermatch:problem:time-budget-exceeded");
            });
  }

  @Test
  void noTopicIsComputedAfterTheBudgetRunsOutOrTheClientHangsUp() {
    List<Topic> topics = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      topics.add(new Topic("t" + i, "cooking and baking " + i, List.of(), "nccf-2024"));
    }
    Qrels none = Qrels.builder().build();
    Suite suite = new Suite("s", topics, none, none);
    AtomicLong checks = new AtomicLong();
    BudgetedRunner gone =
        new BudgetedRunner(
            new EngineRunner(TestEngine.engine()),
            Budget.of(
                "the evaluation",
                Duration.ofMinutes(1),
                System::nanoTime,
                () -> checks.incrementAndGet() > 3));
    assertThatThrownBy(() -> gone.run(suite)).isInstanceOf(ClientGoneException.class);
    assertThat(gone.computed()).isEqualTo(3);

    AtomicLong reads = new AtomicLong();
    BudgetedRunner late =
        new BudgetedRunner(
            new EngineRunner(TestEngine.engine()),
            Budget.of(
                "the evaluation",
                Duration.ofSeconds(1),
                () -> reads.incrementAndGet() > 6 ? TimeUnit.SECONDS.toNanos(reads.get()) : 0,
                () -> false));
    assertThatThrownBy(() -> late.run(suite)).isInstanceOf(ApiException.class);
    assertThat(late.computed()).isEqualTo(5);
  }
}

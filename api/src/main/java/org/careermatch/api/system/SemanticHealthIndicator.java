package org.careermatch.api.system;

import org.careermatch.engine.Engine;
import org.careermatch.engine.SemanticStatus;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * The {@code semantic} health component: UP when matching by meaning, DEGRADED (HTTP 200, the
 * service answers by words only) when the model could not be loaded, UP with {@code semantic: off}
 * when switched off by configuration.
 */
@Component("semantic")
class SemanticHealthIndicator implements HealthIndicator {
  static final Status DEGRADED =
      new Status("DEGRADED", "answering by words only: the embedding model is not loaded");

  private final Engine engine;
  private final SemanticSetup setup;

  SemanticHealthIndicator(Engine engine, SemanticSetup setup) {
    this.engine = engine;
    this.setup = setup;
  }

  @Override
  public Health health() {
    SemanticStatus s = engine.semantic();
    Health.Builder b = setup.failed() ? Health.status(DEGRADED) : Health.up();
    b.withDetail("semantic", s.active() ? "on" : "off")
        .withDetail("detail", s.active() || setup.reason().isEmpty() ? s.detail() : setup.reason());
    if (s.modelId() != null) {
      b.withDetail("model", s.modelId());
    }
    if (s.vectors() != null) {
      b.withDetail("entityVectors", s.vectors());
    }
    return b.build();
  }
}

package org.careermatch.api;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.careermatch.data.FrameworkData;
import org.careermatch.engine.Engine;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a web slice needs beyond the controllers: the shared real engine and data, a meter registry,
 * and a controller that fails on purpose (to test the catch-all error handler).
 */
@TestConfiguration(proxyBeanMethods = false)
public class ApiTestConfiguration {
  /** Text that must never appear in a response or a log. */
  public static final String SECRET = "learner-secret-text";

  @Bean
  FrameworkData frameworkData() {
    return TestEngine.engine().data();
  }

  @Bean(destroyMethod = "")
  Engine engine() {
    return TestEngine.engine();
  }

  @Bean
  MeterRegistry meterRegistry() {
    return new SimpleMeterRegistry();
  }

  /**
   * Registered as a member of this configuration; {@code @TestComponent} keeps it out of component
   * scanning.
   */
  @TestComponent
  @RestController
  static class FailingController {
    @GetMapping("/test/boom")
    String boom() {
      throw new IllegalStateException("engine failed on " + SECRET);
    }
  }
}

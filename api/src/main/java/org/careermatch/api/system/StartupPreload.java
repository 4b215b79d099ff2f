package org.careermatch.api.system;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.careermatch.data.FrameworkData;
import org.careermatch.engine.Engine;
import org.careermatch.engine.EngineConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The service's own start-up work (the data, the embedding model, the engine and its index) on two
 * background threads, started as soon as the settings are known, so it runs while Spring builds its
 * context instead of after it: the data and the model load side by side, then the engine is built.
 * {@link EngineConfiguration}'s beans take the results (waiting for them if need be), so the
 * context, and with it readiness, is only up once the engine is built, as without this.
 *
 * <p>Installed by {@link org.careermatch.api.CareerMatchApplication#application}: a listener of the
 * {@link org.springframework.boot.SpringApplication} that starts the work when the environment is
 * prepared (after application.properties, the environment variables and the arguments are read) and
 * registers it as a bean before the context is refreshed. When the settings cannot be bound here,
 * nothing is started and the beans load everything themselves, reporting the bad setting as usual.
 */
public final class StartupPreload {
  private static final Logger log = LoggerFactory.getLogger(StartupPreload.class);

  private final CompletableFuture<FrameworkData> data;
  private final CompletableFuture<EngineConfiguration.SemanticLoad> semantic;
  private final CompletableFuture<Engine> engine;

  private StartupPreload(
      CareerMatchProperties properties, EngineConfig config, ExecutorService threads) {
    EmbedderLoader loader =
        () ->
            org.careermatch.engine.semantic.OnnxEmbedder.load(
                EngineConfiguration.modelSettings(properties.semantic()));
    this.data =
        CompletableFuture.supplyAsync(() -> EngineConfiguration.loadData(properties), threads);
    this.semantic =
        CompletableFuture.supplyAsync(
            () -> EngineConfiguration.loadSemantic(properties, loader), threads);
    this.engine =
        data.thenCombineAsync(
            semantic,
            (d, s) -> EngineConfiguration.buildEngine(d, config, s.setup(), properties),
            threads);
    engine.whenComplete((e, failure) -> threads.shutdown());
  }

  FrameworkData data() {
    return join(data);
  }

  EngineConfiguration.SemanticLoad semantic() {
    return join(semantic);
  }

  Engine engine() {
    return join(engine);
  }

  /** What the work threw, as the bean that did it itself would have thrown it. */
  private static <T> T join(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error r) {
        throw r;
      }
      throw e;
    }
  }

  /** Starts the work, or returns null when the settings cannot be read here. */
  static StartupPreload start(ConfigurableEnvironment environment) {
    CareerMatchProperties properties;
    EngineConfig config;
    try {
      Binder binder = Binder.get(environment);
      properties = binder.bindOrCreate("careermatch", CareerMatchProperties.class);
      config = EngineSettings.from(binder);
    } catch (RuntimeException e) {
      // the beans bind them again and report what is wrong
      log.debug("start-up work not started early: {}", e.getMessage());
      return null;
    }
    AtomicInteger n = new AtomicInteger();
    ExecutorService threads =
        Executors.newFixedThreadPool(
            2,
            r -> {
              Thread t = new Thread(r, "careermatch-start-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    return new StartupPreload(properties, config, threads);
  }

  /**
   * The {@link org.springframework.boot.SpringApplication} listener that starts the work and hands
   * it to the context.
   */
  public static final class Starter implements ApplicationListener<SpringApplicationEvent> {
    private StartupPreload preload;

    @Override
    public void onApplicationEvent(SpringApplicationEvent event) {
      if (event instanceof ApplicationEnvironmentPreparedEvent prepared && preload == null) {
        preload = start(prepared.getEnvironment());
      } else if (event instanceof ApplicationPreparedEvent ready && preload != null) {
        ready
            .getApplicationContext()
            .getBeanFactory()
            .registerSingleton("careermatchStartupPreload", preload);
      }
    }
  }
}

package org.careermatch.api.system;

import io.micrometer.core.instrument.MeterRegistry;
import org.careermatch.data.DataLoader;
import org.careermatch.data.DataSource;
import org.careermatch.data.DataValidator;
import org.careermatch.data.FrameworkData;
import org.careermatch.engine.Engine;
import org.careermatch.engine.EngineConfig;
import org.careermatch.engine.semantic.OnnxEmbedder;
import org.careermatch.engine.semantic.SemanticUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The taxonomy data and the engine: loaded and built once, at startup. When the application was
 * started by {@link org.careermatch.api.CareerMatchApplication#main}, that work already runs on
 * background threads while Spring builds its context ({@link StartupPreload}); the beans here then
 * wait for its results. Either way the context, and so readiness, is only up once the engine is
 * built.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CareerMatchProperties.class)
class EngineConfiguration {
  private static final Logger log = LoggerFactory.getLogger(EngineConfiguration.class);

  @Bean
  FrameworkData frameworkData(
      CareerMatchProperties properties, ObjectProvider<StartupPreload> preload) {
    StartupPreload early = preload.getIfAvailable();
    return early != null ? early.data() : loadData(properties);
  }

  @Bean
  EmbedderLoader embedderLoader(CareerMatchProperties properties) {
    OnnxEmbedder.Settings settings = modelSettings(properties.semantic());
    return () -> OnnxEmbedder.load(settings);
  }

  /**
   * Loads the embedding model unless switched off; a model that cannot load leaves the service
   * answering by words.
   */
  @Bean
  SemanticSetup semanticSetup(
      CareerMatchProperties properties,
      EmbedderLoader loader,
      MeterRegistry registry,
      ObjectProvider<StartupPreload> preload) {
    StartupPreload early = preload.getIfAvailable();
    SemanticLoad load = early != null ? early.semantic() : loadSemantic(properties, loader);
    if (load.cached() != null) {
      load.cached().monitor(registry);
    }
    return load.setup();
  }

  @Bean
  Engine engine(
      FrameworkData data,
      Environment environment,
      CareerMatchProperties properties,
      SemanticSetup semantic,
      ObjectProvider<StartupPreload> preload) {
    StartupPreload early = preload.getIfAvailable();
    return early != null
        ? early.engine()
        : buildEngine(data, EngineSettings.from(environment), semantic, properties);
  }

  /** The model's settings from the service's. */
  static OnnxEmbedder.Settings modelSettings(CareerMatchProperties.Semantic s) {
    OnnxEmbedder.Settings d = OnnxEmbedder.Settings.DEFAULTS;
    return new OnnxEmbedder.Settings(
        s.intraOpThreads(), d.interOpThreads(), d.optimization(), d.spinning(), d.maxBatch());
  }

  static FrameworkData loadData(CareerMatchProperties properties) {
    long start = System.nanoTime();
    FrameworkData data =
        properties.dataDir() == null
            ? DataLoader.loadDefault()
            : DataLoader.load(
                DataSource.directory(properties.dataDir()),
                new DataValidator(DataValidator.Expectations.NATIONAL));
    log.info(
        "loaded {} clusters, {} sub-clusters, {} skills, {} frameworks in {} ms",
        data.clusters().size(),
        data.subClusters().size(),
        data.skills().size(),
        data.frameworks().size(),
        millisSince(start));
    return data;
  }

  /**
   * The semantic set-up and the query-vector cache whose metrics are still to be bound (null when
   * there is no model).
   */
  record SemanticLoad(SemanticSetup setup, CachingEmbedder.Cached cached) {}

  static SemanticLoad loadSemantic(CareerMatchProperties properties, EmbedderLoader loader) {
    CareerMatchProperties.Semantic semantic = properties.semantic();
    if (!semantic.enabled()) {
      return new SemanticLoad(SemanticSetup.switchedOff(), null);
    }
    try {
      long start = System.nanoTime();
      CachingEmbedder.Cached cached =
          CachingEmbedder.create(loader.load(), semantic.queryCacheSize());
      log.info("loaded the embedding model in {} ms", millisSince(start));
      return new SemanticLoad(SemanticSetup.on(cached.embedder()), cached);
    } catch (SemanticUnavailableException | LinkageError e) {
      // the message names the model and the native library problem; never learner text
      log.warn("semantic matching is off, answering by words only: {}", e.getMessage());
      return new SemanticLoad(
          SemanticSetup.failed("the embedding model could not be loaded: " + e.getMessage()), null);
    }
  }

  static Engine buildEngine(
      FrameworkData data,
      EngineConfig config,
      SemanticSetup semantic,
      CareerMatchProperties properties) {
    long start = System.nanoTime();
    Engine engine =
        semantic.embedder() == null
            ? Engine.create(data, config)
            : Engine.create(
                data, config, semantic.embedder(), properties.semantic().vectorCacheDir());
    log.info(
        "engine ready in {} ms; {}",
        millisSince(start),
        semantic.reason().isEmpty()
            ? engine.semantic().detail()
            : "words only: " + semantic.reason());
    return engine;
  }

  private static long millisSince(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}

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
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The taxonomy data and the engine: loaded and built once, at startup. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CareerMatchProperties.class)
class EngineConfiguration {
  private static final Logger log = LoggerFactory.getLogger(EngineConfiguration.class);

  @Bean
  FrameworkData frameworkData(CareerMatchProperties properties) {
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

  @Bean
  EmbedderLoader embedderLoader(CareerMatchProperties properties) {
    CareerMatchProperties.Semantic s = properties.semantic();
    OnnxEmbedder.Settings d = OnnxEmbedder.Settings.DEFAULTS;
    OnnxEmbedder.Settings settings =
        new OnnxEmbedder.Settings(
            s.intraOpThreads(), d.interOpThreads(), d.optimization(), d.spinning(), d.maxBatch());
    return () -> OnnxEmbedder.load(settings);
  }

  /**
   * Loads the embedding model unless switched off; a model that cannot load leaves the service
   * answering by words.
   */
  @Bean
  SemanticSetup semanticSetup(
      CareerMatchProperties properties, EmbedderLoader loader, MeterRegistry registry) {
    CareerMatchProperties.Semantic semantic = properties.semantic();
    if (!semantic.enabled()) {
      return SemanticSetup.switchedOff();
    }
    try {
      return SemanticSetup.on(
          CachingEmbedder.of(loader.load(), semantic.queryCacheSize(), registry));
    } catch (SemanticUnavailableException | LinkageError e) {
      // the message names the model and the native library problem; never learner text
      log.warn("semantic matching is off, answering by words only: {}", e.getMessage());
      return SemanticSetup.failed("the embedding model could not be loaded: " + e.getMessage());
    }
  }

  @Bean
  Engine engine(
      FrameworkData data,
      Environment environment,
      CareerMatchProperties properties,
      SemanticSetup semantic) {
    long start = System.nanoTime();
    EngineConfig config = EngineSettings.from(environment);
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

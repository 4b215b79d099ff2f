package org.careermatch.api.system;

import org.careermatch.data.DataLoader;
import org.careermatch.data.DataSource;
import org.careermatch.data.DataValidator;
import org.careermatch.data.FrameworkData;
import org.careermatch.engine.Engine;
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
    FrameworkData data = properties.dataDir() == null
        ? DataLoader.loadDefault()
        : DataLoader.load(DataSource.directory(properties.dataDir()),
            new DataValidator(DataValidator.Expectations.NATIONAL));
    log.info("loaded {} clusters, {} sub-clusters, {} skills, {} frameworks in {} ms", data.clusters().size(),
        data.subClusters().size(), data.skills().size(), data.frameworks().size(), millisSince(start));
    return data;
  }

  @Bean
  Engine engine(FrameworkData data, Environment environment) {
    long start = System.nanoTime();
    Engine engine = Engine.create(data, EngineSettings.from(environment));
    log.info("engine ready in {} ms", millisSince(start));
    return engine;
  }

  private static long millisSince(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}

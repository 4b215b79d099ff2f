package org.careermatch.api.system;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.careermatch.engine.EngineConfig;
import org.careermatch.engine.index.EntityType;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Every {@code careermatch.*} setting the application binds, found by reflection: the leaves of
 * each {@code @ConfigurationProperties} record under {@code org.careermatch.api} and each component
 * of {@link EngineConfig} (type weights one entity type at a time). A setting added to either shows
 * up here without a change.
 */
final class Settings {
  private Settings() {}

  /**
   * One setting.
   *
   * @param name the property, in kebab case
   * @param type the bound Java type
   * @param defaultValue its value when nothing is configured
   * @param read reads the setting's value from what a binder binds
   */
  record Setting(String name, Class<?> type, Object defaultValue, Function<Binder, Object> read) {
    /** The canonical environment variable: dots to underscores, dashes removed, upper case. */
    String environmentVariable() {
      return name.replace('.', '_').replace("-", "").toUpperCase(Locale.ROOT);
    }
  }

  static List<Setting> all() {
    List<Setting> out = new ArrayList<>();
    for (Class<?> type : propertiesClasses()) {
      ConfigurationProperties annotation = type.getAnnotation(ConfigurationProperties.class);
      String prefix = annotation.prefix().isEmpty() ? annotation.value() : annotation.prefix();
      if (!type.isRecord()) {
        throw new IllegalStateException(
            type.getName() + " is not a record; Settings reads records only");
      }
      Binder empty = new Binder(new MapConfigurationPropertySource());
      Object defaults = empty.bindOrCreate(prefix, type);
      leaves(prefix, type, defaults, b -> b.bindOrCreate(prefix, type), out);
    }
    EngineConfig engineDefaults = EngineConfig.defaults();
    for (RecordComponent c : EngineConfig.class.getRecordComponents()) {
      String name = EngineSettings.PREFIX + EngineSettings.kebab(c.getName());
      if (Map.class.isAssignableFrom(c.getType())) {
        for (EntityType t : EntityType.values()) {
          out.add(
              new Setting(
                  name + "." + t.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                  Double.class,
                  engineDefaults.weight(t),
                  b -> EngineSettings.from(b).weight(t)));
        }
      } else {
        out.add(
            new Setting(
                name, c.getType(), get(c, engineDefaults), b -> get(c, EngineSettings.from(b))));
      }
    }
    out.sort(Comparator.comparing(Setting::name));
    return out;
  }

  /** A binder over environment variables only, as the service sees them. */
  static Binder environment(Map<String, Object> variables) {
    return new Binder(
        ConfigurationPropertySources.from(
            new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables)));
  }

  private static void leaves(
      String prefix,
      Class<?> type,
      Object defaults,
      Function<Binder, Object> read,
      List<Setting> out) {
    for (RecordComponent c : type.getRecordComponents()) {
      String name = prefix + "." + EngineSettings.kebab(c.getName());
      Object value = defaults == null ? null : get(c, defaults);
      Function<Binder, Object> readThis =
          b -> {
            Object parent = read.apply(b);
            return parent == null ? null : get(c, parent);
          };
      if (c.getType().isRecord() && c.getType().getName().startsWith("org.careermatch.")) {
        leaves(name, c.getType(), value, readThis, out);
      } else {
        out.add(new Setting(name, c.getType(), value, readThis));
      }
    }
  }

  private static List<Class<?>> propertiesClasses() {
    ClassPathScanningCandidateComponentProvider scanner =
        new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
    List<Class<?>> out = new ArrayList<>();
    for (BeanDefinition d : scanner.findCandidateComponents("org.careermatch.api")) {
      Class<?> type =
          ClassUtils.resolveClassName(d.getBeanClassName(), Settings.class.getClassLoader());
      if (!type.getName().contains("Test")) {
        out.add(type);
      }
    }
    if (out.isEmpty()) {
      throw new IllegalStateException(
          "no @ConfigurationProperties class found under org.careermatch.api");
    }
    return out;
  }

  private static Object get(RecordComponent c, Object from) {
    try {
      return c.getAccessor().invoke(from);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + c, e);
    }
  }
}

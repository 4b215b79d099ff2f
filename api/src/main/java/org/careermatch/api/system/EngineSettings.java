package org.careermatch.api.system;

import java.util.Map;
import org.careermatch.engine.EngineConfig;
import org.careermatch.engine.EngineConfigs;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * Builds the {@link EngineConfig} from properties: each setting {@code fooBar} of {@link
 * EngineConfigs} is read from {@code careermatch.foo-bar}, a map setting entry by entry ({@code
 * careermatch.type-weights.program=0.6}); every setting left unset keeps its value in {@link
 * EngineConfig#defaults()}. Spring finds the properties (relaxed names, environment variables); the
 * engine's binder, the same as the evaluation command line's {@code --set}, converts and checks
 * them, so a setting the engine adds is configurable here without a change.
 */
final class EngineSettings {
  static final String PREFIX = "careermatch.";

  private EngineSettings() {}

  static EngineConfig from(Environment environment) {
    return from(Binder.get(environment));
  }

  static EngineConfig from(Binder binder) {
    EngineConfig config = EngineConfig.defaults();
    for (EngineConfigs.Setting s : EngineConfigs.settings()) {
      String property = PREFIX + kebab(s.name());
      try {
        if (s.keyed()) {
          Map<String, String> entries =
              binder.bind(property, Bindable.mapOf(String.class, String.class)).orElse(Map.of());
          for (Map.Entry<String, String> e : entries.entrySet()) {
            config = EngineConfigs.with(config, s.name() + "." + e.getKey(), e.getValue());
          }
        } else {
          String value = binder.bind(property, String.class).orElse(null);
          if (value != null) {
            config = EngineConfigs.with(config, s.name(), value);
          }
        }
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "invalid engine setting under " + PREFIX + "* (" + property + "): " + e.getMessage(),
            e);
      }
    }
    return config;
  }

  /** {@code crossCuttingBoost} to {@code cross-cutting-boost}. */
  static String kebab(String camel) {
    StringBuilder b = new StringBuilder();
    for (char ch : camel.toCharArray()) {
      if (Character.isUpperCase(ch)) {
        b.append('-').append(Character.toLowerCase(ch));
      } else {
        b.append(ch);
      }
    }
    return b.toString();
  }
}

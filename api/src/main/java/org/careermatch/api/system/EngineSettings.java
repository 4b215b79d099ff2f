package org.careermatch.api.system;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.Map;
import org.careermatch.engine.EngineConfig;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.ResolvableType;
import org.springframework.core.env.Environment;

/**
 * Builds the {@link EngineConfig} from properties: each component {@code fooBar} of the record is read from
 * {@code careermatch.foo-bar}, a map component entry by entry ({@code careermatch.type-weights.program=0.6}); every
 * component left unset keeps its value in {@link EngineConfig#defaults()}. Bound by reflection over the record, so a
 * setting the engine adds is configurable here without a change.
 */
final class EngineSettings {
  static final String PREFIX = "careermatch.";

  private EngineSettings() {}

  static EngineConfig from(Environment environment) {
    return from(Binder.get(environment));
  }

  static EngineConfig from(Binder binder) {
    EngineConfig defaults = EngineConfig.defaults();
    RecordComponent[] components = EngineConfig.class.getRecordComponents();
    Object[] args = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      RecordComponent c = components[i];
      types[i] = c.getType();
      Object value = read(c, defaults);
      String name = PREFIX + kebab(c.getName());
      if (Map.class.isAssignableFrom(c.getType()) && c.getGenericType() instanceof ParameterizedType p) {
        Type[] kv = p.getActualTypeArguments();
        Bindable<Map<Object, Object>> map = Bindable.of(ResolvableType.forClassWithGenerics(Map.class,
            ResolvableType.forType(kv[0]), ResolvableType.forType(kv[1])));
        Map<?, ?> overrides = binder.bind(name, map).orElse(Map.of());
        if (!overrides.isEmpty()) {
          Map<Object, Object> merged = new LinkedHashMap<>((Map<?, ?>) value);
          merged.putAll(overrides);
          value = merged;
        }
      } else {
        Object bound = binder.bind(name, Bindable.of(ResolvableType.forType(c.getGenericType())))
            .orElse(null);
        if (bound != null) {
          value = bound;
        }
      }
      args[i] = value;
    }
    try {
      Constructor<EngineConfig> constructor = EngineConfig.class.getDeclaredConstructor(types);
      return constructor.newInstance(args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof IllegalArgumentException iae) {
        throw new IllegalArgumentException("invalid engine setting under " + PREFIX + "*: " + iae.getMessage(), iae);
      }
      throw new IllegalStateException("cannot build the engine configuration", e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build the engine configuration", e);
    }
  }

  private static Object read(RecordComponent c, EngineConfig from) {
    try {
      return c.getAccessor().invoke(from);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read EngineConfig." + c.getName(), e);
    }
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

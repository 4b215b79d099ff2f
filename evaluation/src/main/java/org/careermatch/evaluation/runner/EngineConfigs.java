package org.careermatch.evaluation.runner;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.careermatch.data.Checks;
import org.careermatch.engine.EngineConfig;
import org.careermatch.engine.index.EntityType;

/**
 * Changes one setting of an {@link EngineConfig} by name, for the command line's {@code --set key=value} and for
 * sweeps: {@code EngineConfigs.with(EngineConfig.defaults(), "crossCuttingBoost", "0.2")}.
 *
 * <p>The keys are the names of {@link EngineConfig}'s components ({@code crossCuttingBoost}, {@code scoreScale},
 * {@code hitsPerInput}, ...), read from the record itself so that a new component is settable without touching this
 * class; the type weights are set one entity type at a time as {@code typeWeights.TYPE}, e.g.
 * {@code typeWeights.PROGRAM} (the type name in any case). Values are decimal numbers ({@code 0.2}, {@code 12});
 * integer components need an integer. The ranges are EngineConfig's own checks, whose messages name the setting.
 */
public final class EngineConfigs {
  /** The component holding the per-type weights; set as {@code typeWeights.TYPE}. */
  public static final String TYPE_WEIGHTS = "typeWeights";

  private static final RecordComponent[] COMPONENTS = EngineConfig.class.getRecordComponents();
  private static final Constructor<EngineConfig> CANONICAL = canonical();

  private EngineConfigs() {}

  /** Every settable key, in EngineConfig's component order, the type weights as {@code typeWeights.TYPE}. */
  public static List<String> keys() {
    List<String> keys = new ArrayList<>();
    for (RecordComponent c : COMPONENTS) {
      if (c.getName().equals(TYPE_WEIGHTS)) {
        for (EntityType t : EntityType.values()) {
          keys.add(TYPE_WEIGHTS + "." + t.name());
        }
      } else {
        keys.add(c.getName());
      }
    }
    return List.copyOf(keys);
  }

  /**
   * {@code config} with one setting changed.
   *
   * @throws IllegalArgumentException naming the key and the value when the key is unknown, the value is not a number
   *     of the setting's type, or EngineConfig rejects it
   */
  public static EngineConfig with(EngineConfig config, String key, String value) {
    if (config == null) {
      throw new NullPointerException("engine config must not be null");
    }
    if (key == null || key.isBlank()) {
      throw new IllegalArgumentException("engine setting name must not be blank (was " + Checks.quote(key) + ")");
    }
    if (value == null) {
      throw new IllegalArgumentException("engine setting " + key + " needs a value");
    }
    String name = key.strip();
    Object[] args = new Object[COMPONENTS.length];
    boolean found = false;
    for (int i = 0; i < COMPONENTS.length; i++) {
      RecordComponent c = COMPONENTS[i];
      args[i] = get(c, config);
      if (c.getName().equals(TYPE_WEIGHTS) && name.startsWith(TYPE_WEIGHTS + ".")) {
        EntityType type = entityType(name.substring(TYPE_WEIGHTS.length() + 1), name);
        Map<EntityType, Double> weights = new EnumMap<>(EntityType.class);
        weights.putAll(config.typeWeights());
        weights.put(type, decimal(name, value).doubleValue());
        args[i] = weights;
        found = true;
      } else if (c.getName().equals(name)) {
        if (name.equals(TYPE_WEIGHTS)) {
          throw new IllegalArgumentException("set the type weights one at a time, as " + TYPE_WEIGHTS
              + ".TYPE=value with TYPE one of " + List.of(EntityType.values()));
        }
        args[i] = parse(c.getType(), name, value);
        found = true;
      }
    }
    if (!found) {
      throw new IllegalArgumentException("unknown engine setting " + Checks.quote(key) + " (known: "
          + String.join(", ", keysWithTypeWeightsShort()) + ")");
    }
    try {
      return CANONICAL.newInstance(args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw new IllegalArgumentException("engine setting " + name + "=" + value + ": " + r.getMessage(), r);
      }
      throw new IllegalStateException("cannot build an EngineConfig", e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build an EngineConfig", e);
    }
  }

  /** {@code config} with every setting of {@code settings} changed, in the map's order. */
  public static EngineConfig with(EngineConfig config, Map<String, String> settings) {
    EngineConfig result = config;
    for (Map.Entry<String, String> s : settings.entrySet()) {
      result = with(result, s.getKey(), s.getValue());
    }
    return result;
  }

  /** The settings as {@code key=value} pairs, comma separated, in EngineConfig's order (for reports). */
  public static String describe(EngineConfig config) {
    List<String> parts = new ArrayList<>();
    for (RecordComponent c : COMPONENTS) {
      if (c.getName().equals(TYPE_WEIGHTS)) {
        for (EntityType t : EntityType.values()) {
          parts.add(TYPE_WEIGHTS + "." + t.name() + "=" + config.weight(t));
        }
      } else {
        parts.add(c.getName() + "=" + get(c, config));
      }
    }
    return String.join(", ", parts);
  }

  private static List<String> keysWithTypeWeightsShort() {
    List<String> keys = new ArrayList<>();
    for (RecordComponent c : COMPONENTS) {
      keys.add(c.getName().equals(TYPE_WEIGHTS) ? TYPE_WEIGHTS + ".TYPE with TYPE one of "
          + List.of(EntityType.values()) : c.getName());
    }
    return keys;
  }

  private static Object parse(Class<?> type, String name, String value) {
    if (type == double.class || type == Double.class) {
      return decimal(name, value).doubleValue();
    }
    if (type == int.class || type == Integer.class) {
      try {
        return decimal(name, value).intValueExact();
      } catch (ArithmeticException e) {
        throw new IllegalArgumentException("engine setting " + name + " needs an integer (was "
          + Checks.quote(value) + ")");
      }
    }
    if (type == boolean.class || type == Boolean.class) {
      if (value.strip().equalsIgnoreCase("true") || value.strip().equalsIgnoreCase("false")) {
        return Boolean.parseBoolean(value.strip());
      }
      throw new IllegalArgumentException("engine setting " + name + " needs true or false (was "
          + Checks.quote(value) + ")");
    }
    throw new IllegalArgumentException("engine setting " + name + " (" + type.getSimpleName()
        + ") cannot be set from text");
  }

  private static BigDecimal decimal(String name, String value) {
    try {
      return new BigDecimal(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("engine setting " + name + " needs a number (was "
          + Checks.quote(value) + ")");
    }
  }

  private static EntityType entityType(String type, String key) {
    try {
      return EntityType.valueOf(type.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown entity type in engine setting " + Checks.quote(key) + " (known: "
          + List.of(EntityType.values()) + ")");
    }
  }

  private static Object get(RecordComponent c, EngineConfig config) {
    try {
      return c.getAccessor().invoke(config);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read EngineConfig." + c.getName(), e);
    }
  }

  private static Constructor<EngineConfig> canonical() {
    Class<?>[] types = new Class<?>[COMPONENTS.length];
    for (int i = 0; i < COMPONENTS.length; i++) {
      types[i] = COMPONENTS[i].getType();
    }
    try {
      return EngineConfig.class.getDeclaredConstructor(types);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("EngineConfig has no canonical constructor", e);
    }
  }
}

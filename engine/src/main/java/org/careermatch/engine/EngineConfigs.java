package org.careermatch.engine;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Changes one setting of an {@link EngineConfig} by name: the one binder of settings given as text,
 * used by the evaluation command line ({@code --set key=value}), by sweeps, and by the api's
 * properties ({@code careermatch.key}). {@code EngineConfigs.with(EngineConfig.defaults(),
 * "crossCuttingBoost", "0.2")}.
 *
 * <p>The keys are read from the record itself, so a component added to {@link EngineConfig} is
 * settable everywhere without touching this class:
 *
 * <ul>
 *   <li>a number, boolean, string or enum component by its name ({@code crossCuttingBoost}, {@code
 *       hitsPerInput});
 *   <li>a map component one entry at a time as {@code name.KEY} ({@code typeWeights.PROGRAM}); an
 *       enum key in any case, with {@code -} for {@code _} ({@code typeWeights.place-of-work});
 *   <li>a list or set of strings as one comma-separated value ({@code a, b, c}).
 * </ul>
 *
 * Values are decimal numbers ({@code 0.2}, {@code 12}); integer components need an integer. The
 * ranges are EngineConfig's own checks, whose messages name the setting. Every error is an {@link
 * IllegalArgumentException} naming the key and the value (an unknown key lists the known ones).
 */
public final class EngineConfigs {
  private static final RecordComponent[] COMPONENTS = EngineConfig.class.getRecordComponents();
  private static final Constructor<EngineConfig> CANONICAL = canonical();

  /**
   * One component of {@link EngineConfig} as a setting.
   *
   * @param name the component's name
   * @param keyed whether it is a map, set entry by entry as {@code name.KEY}
   * @param keys the possible keys of a map with enum keys, in order; empty for other components
   */
  public record Setting(String name, boolean keyed, List<String> keys) {
    public Setting {
      keys = List.copyOf(keys);
    }
  }

  private EngineConfigs() {}

  /** Every component as a setting, in EngineConfig's order. */
  public static List<Setting> settings() {
    List<Setting> settings = new ArrayList<>();
    for (RecordComponent c : COMPONENTS) {
      boolean keyed = Map.class.isAssignableFrom(c.getType());
      List<String> keys = new ArrayList<>();
      if (keyed && typeArgument(c, 0) instanceof Class<?> k && k.isEnum()) {
        for (Object constant : k.getEnumConstants()) {
          keys.add(((Enum<?>) constant).name());
        }
      }
      settings.add(new Setting(c.getName(), keyed, keys));
    }
    return List.copyOf(settings);
  }

  /**
   * Every settable key, in EngineConfig's order; a map with enum keys as one {@code name.KEY} per
   * constant.
   */
  public static List<String> keys() {
    List<String> keys = new ArrayList<>();
    for (Setting s : settings()) {
      if (!s.keyed()) {
        keys.add(s.name());
      } else if (s.keys().isEmpty()) {
        keys.add(s.name() + ".KEY");
      } else {
        s.keys().forEach(k -> keys.add(s.name() + "." + k));
      }
    }
    return List.copyOf(keys);
  }

  /** The keys for people: a map as {@code name.KEY (KEY: A, B, ...)}. */
  public static List<String> describeKeys() {
    List<String> keys = new ArrayList<>();
    for (Setting s : settings()) {
      keys.add(
          !s.keyed()
              ? s.name()
              : s.keys().isEmpty()
                  ? s.name() + ".KEY"
                  : s.name() + ".KEY (KEY: " + String.join(", ", s.keys()) + ")");
    }
    return List.copyOf(keys);
  }

  /**
   * {@code config} with one setting changed.
   *
   * @throws IllegalArgumentException naming the key and the value when the key is unknown, the
   *     value is not of the setting's type, or EngineConfig rejects it
   */
  public static EngineConfig with(EngineConfig config, String key, String value) {
    if (config == null) {
      throw new NullPointerException("engine config must not be null");
    }
    if (key == null || key.isBlank()) {
      throw new IllegalArgumentException(
          "engine setting name must not be blank (was " + quote(key) + ")");
    }
    if (value == null) {
      throw new IllegalArgumentException("engine setting " + key + " needs a value");
    }
    String name = key.strip();
    int dot = name.indexOf('.');
    String component = dot < 0 ? name : name.substring(0, dot);
    Object[] args = new Object[COMPONENTS.length];
    boolean found = false;
    for (int i = 0; i < COMPONENTS.length; i++) {
      RecordComponent c = COMPONENTS[i];
      args[i] = get(c, config);
      if (!c.getName().equals(component)) {
        continue;
      }
      found = true;
      boolean keyed = Map.class.isAssignableFrom(c.getType());
      if (keyed && dot < 0) {
        throw new IllegalArgumentException(
            "set "
                + component
                + " one entry at a time, as "
                + component
                + ".KEY=value"
                + keysOf(c));
      }
      if (!keyed && dot >= 0) {
        throw unknown(key);
      }
      args[i] =
          keyed
              ? withEntry(c, (Map<?, ?>) args[i], name.substring(dot + 1), name, value)
              : parse(c.getGenericType(), name, value);
    }
    if (!found) {
      throw unknown(key);
    }
    try {
      return CANONICAL.newInstance(args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw new IllegalArgumentException(
            "engine setting " + name + "=" + value + ": " + r.getMessage(), r);
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

  /**
   * The settings as {@code key=value} pairs, comma separated, in EngineConfig's order (for
   * reports).
   */
  public static String describe(EngineConfig config) {
    List<String> parts = new ArrayList<>();
    for (RecordComponent c : COMPONENTS) {
      Object value = get(c, config);
      if (value instanceof Map<?, ?> map) {
        map.forEach(
            (k, v) ->
                parts.add(c.getName() + "." + (k instanceof Enum<?> e ? e.name() : k) + "=" + v));
      } else if (value instanceof Collection<?> items) {
        parts.add(
            c.getName() + "=" + String.join(",", items.stream().map(String::valueOf).toList()));
      } else {
        parts.add(c.getName() + "=" + value);
      }
    }
    return String.join(", ", parts);
  }

  private static Map<Object, Object> withEntry(
      RecordComponent c, Map<?, ?> current, String entry, String key, String value) {
    Type keyType = typeArgument(c, 0);
    Object k;
    if (keyType instanceof Class<?> e && e.isEnum()) {
      k = enumConstant(e, entry, key);
    } else if (keyType == String.class) {
      if (entry.isBlank()) {
        throw new IllegalArgumentException(
            "engine setting " + quote(key) + " names no entry of " + c.getName());
      }
      k = entry.strip();
    } else {
      throw new IllegalArgumentException(
          "engine setting "
              + c.getName()
              + " ("
              + c.getGenericType().getTypeName()
              + ") cannot be set from text");
    }
    Map<Object, Object> map =
        k instanceof Enum<?> ? enumMap(current, k) : new LinkedHashMap<>(current);
    map.put(k, parse(typeArgument(c, 1), key, value));
    return map;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Map<Object, Object> enumMap(Map<?, ?> current, Object key) {
    Map map = new EnumMap(((Enum<?>) key).getDeclaringClass());
    map.putAll(current);
    return map;
  }

  private static Object parse(Type type, String name, String value) {
    if (type == double.class || type == Double.class) {
      return decimal(name, value).doubleValue();
    }
    if (type == float.class || type == Float.class) {
      return decimal(name, value).floatValue();
    }
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      try {
        BigDecimal d = decimal(name, value);
        return type == int.class || type == Integer.class
            ? (Object) d.intValueExact()
            : (Object) d.longValueExact();
      } catch (ArithmeticException e) {
        throw new IllegalArgumentException(
            "engine setting " + name + " needs an integer (was " + quote(value) + ")");
      }
    }
    if (type == boolean.class || type == Boolean.class) {
      if (value.strip().equalsIgnoreCase("true") || value.strip().equalsIgnoreCase("false")) {
        return Boolean.parseBoolean(value.strip());
      }
      throw new IllegalArgumentException(
          "engine setting " + name + " needs true or false (was " + quote(value) + ")");
    }
    if (type == String.class) {
      return value.strip();
    }
    if (type instanceof Class<?> e && e.isEnum()) {
      return enumConstant(e, value, name);
    }
    if (type instanceof ParameterizedType p
        && p.getRawType() instanceof Class<?> raw
        && (raw == List.class || raw == Set.class)
        && p.getActualTypeArguments()[0] == String.class) {
      List<String> items =
          value.isBlank()
              ? List.of()
              : Arrays.stream(value.split(","))
                  .map(String::strip)
                  .filter(s -> !s.isEmpty())
                  .toList();
      return raw == List.class ? items : new LinkedHashSet<>(items);
    }
    throw new IllegalArgumentException(
        "engine setting " + name + " (" + type.getTypeName() + ") cannot be set from text");
  }

  private static BigDecimal decimal(String name, String value) {
    try {
      return new BigDecimal(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "engine setting " + name + " needs a number (was " + quote(value) + ")");
    }
  }

  private static Object enumConstant(Class<?> type, String text, String key) {
    String wanted = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    for (Object constant : type.getEnumConstants()) {
      if (((Enum<?>) constant).name().equals(wanted)) {
        return constant;
      }
    }
    // an environment variable drops the separators (CAREERMATCH_TYPEWEIGHTS_EMERGINGOCCUPATION):
    // match without them
    String bare = wanted.replace("_", "");
    for (Object constant : type.getEnumConstants()) {
      if (((Enum<?>) constant).name().replace("_", "").equals(bare)) {
        return constant;
      }
    }
    throw new IllegalArgumentException(
        "unknown "
            + type.getSimpleName()
            + " "
            + quote(text)
            + " in engine setting "
            + quote(key)
            + " (known: "
            + Arrays.toString(type.getEnumConstants())
            + ")");
  }

  private static IllegalArgumentException unknown(String key) {
    return new IllegalArgumentException(
        "unknown engine setting "
            + quote(key)
            + " (known: "
            + String.join(", ", describeKeys())
            + ")");
  }

  private static String keysOf(RecordComponent c) {
    return typeArgument(c, 0) instanceof Class<?> k && k.isEnum()
        ? " with KEY one of " + Arrays.toString(k.getEnumConstants())
        : "";
  }

  private static Type typeArgument(RecordComponent c, int index) {
    return c.getGenericType() instanceof ParameterizedType p
        ? p.getActualTypeArguments()[index]
        : Object.class;
  }

  private static Object get(RecordComponent c, EngineConfig config) {
    try {
      return c.getAccessor().invoke(config);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read EngineConfig." + c.getName(), e);
    }
  }

  private static String quote(String value) {
    return value == null ? "null" : "'" + value + "'";
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

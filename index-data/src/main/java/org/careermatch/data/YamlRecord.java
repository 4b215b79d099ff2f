package org.careermatch.data;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import org.careermatch.data.interest.RiasecType;

/**
 * One mapping of a YAML file, read with messages that say which file, record and field is wrong:
 * field by field, or bound to a record with Jackson ({@link #bind}) after the same checks.
 */
final class YamlRecord {
  /**
   * Jackson for {@link #bind}: texts trimmed, ids and labels parsed by their own factories (their
   * messages kept).
   */
  private static final ObjectMapper BIND =
      new ObjectMapper()
          .registerModule(
              new SimpleModule("careermatch-data")
                  .addDeserializer(String.class, scalar(String.class, Function.identity()))
                  .addDeserializer(ClusterId.class, scalar(ClusterId.class, ClusterId::of))
                  .addDeserializer(SubClusterId.class, scalar(SubClusterId.class, SubClusterId::of))
                  .addDeserializer(
                      Provenance.class, scalar(Provenance.class, Provenance::fromLabel))
                  .addDeserializer(SkillKind.class, scalar(SkillKind.class, SkillKind::fromLabel))
                  .addDeserializer(
                      OccupationKind.class,
                      scalar(OccupationKind.class, OccupationKind::fromLabel)));

  /**
   * The types {@link #bind} reads from one text (records among them are values, not nested
   * mappings).
   */
  private static final Set<Class<?>> TEXTS =
      Set.of(
          String.class,
          ClusterId.class,
          SubClusterId.class,
          Provenance.class,
          SkillKind.class,
          OccupationKind.class);

  private final String where;
  private final JsonNode node;

  YamlRecord(String where, JsonNode node) {
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException(where + ": expected a mapping, found " + describe(node));
    }
    this.where = where;
    this.node = node;
  }

  String where() {
    return where;
  }

  /** Rejects fields the schema does not know (a typo must not silently drop data). */
  YamlRecord allow(String... fields) {
    Set<String> allowed = Set.of(fields);
    Set<String> unknown = new TreeSet<>();
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String n = names.next();
      if (!allowed.contains(n)) {
        unknown.add(n);
      }
    }
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          where + ": unknown field(s) " + unknown + " (allowed: " + new TreeSet<>(allowed) + ")");
    }
    return this;
  }

  String text(String field) {
    String v = optionalText(field);
    if (v == null || v.isBlank()) {
      throw new IllegalArgumentException(where + ": missing field '" + field + "'");
    }
    return v;
  }

  String optionalText(String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isValueNode()) {
      throw new IllegalArgumentException(
          where + ": field '" + field + "' must be text, found " + describe(v));
    }
    return v.asText().trim();
  }

  boolean bool(String field) {
    JsonNode v = node.get(field);
    if (v == null || !v.isBoolean()) {
      throw new IllegalArgumentException(
          where + ": field '" + field + "' must be true or false, found " + describe(v));
    }
    return v.booleanValue();
  }

  Provenance provenance(String field) {
    try {
      return Provenance.fromLabel(text(field));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          e.getMessage().startsWith(where) ? e.getMessage() : where + ": " + e.getMessage(), e);
    }
  }

  Provenance provenance() {
    return provenance("provenance");
  }

  /** A number; the message names the field and what was found. */
  double number(String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      throw new IllegalArgumentException(where + ": missing field '" + field + "'");
    }
    if (!v.isNumber()) {
      throw new IllegalArgumentException(
          where + ": field '" + field + "' must be a number, found " + describe(v));
    }
    return v.doubleValue();
  }

  /** A weight in (0, 1]; the message names the field and the value. */
  double weight(String field) {
    double w = number(field);
    if (!(w > 0 && w <= 1)) {
      throw new IllegalArgumentException(
          where + ": field '" + field + "' is " + w + ", not in (0, 1]");
    }
    return w;
  }

  /**
   * A mapping of interest types (name or letter) to weights in (0, 1], e.g. {@code {social: 0.8, C:
   * 0.3}}.
   */
  Map<RiasecType, Double> typeWeights(String field) {
    JsonNode v = node.get(field);
    Map<RiasecType, Double> out = new EnumMap<>(RiasecType.class);
    if (v == null || v.isNull()) {
      return out;
    }
    if (!v.isObject()) {
      throw new IllegalArgumentException(
          where
              + ": field '"
              + field
              + "' must be a mapping of interest type to weight, found "
              + describe(v));
    }
    Iterator<Map.Entry<String, JsonNode>> fields = v.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> e = fields.next();
      RiasecType type;
      try {
        type = RiasecType.fromLabel(e.getKey());
      } catch (IllegalArgumentException ex) {
        throw new IllegalArgumentException(
            where + ": field '" + field + "': " + ex.getMessage(), ex);
      }
      JsonNode w = e.getValue();
      if (w == null || !w.isNumber()) {
        throw new IllegalArgumentException(
            where
                + ": field '"
                + field
                + "': weight of "
                + type.label()
                + " must be a number, found "
                + describe(w));
      }
      if (!(w.doubleValue() > 0 && w.doubleValue() <= 1)) {
        throw new IllegalArgumentException(
            where
                + ": field '"
                + field
                + "': weight of "
                + type.label()
                + " is "
                + w.doubleValue()
                + ", not in (0, 1]");
      }
      if (out.put(type, w.doubleValue()) != null) {
        throw new IllegalArgumentException(
            where + ": field '" + field + "' names " + type.label() + " twice");
      }
    }
    return out;
  }

  List<String> texts(String field) {
    JsonNode v = node.get(field);
    List<String> out = new ArrayList<>();
    if (v == null || v.isNull()) {
      return out;
    }
    if (!v.isArray()) {
      throw new IllegalArgumentException(
          where + ": field '" + field + "' must be a list, found " + describe(v));
    }
    for (JsonNode e : v) {
      if (!e.isValueNode() || e.asText().isBlank()) {
        throw new IllegalArgumentException(
            where + ": field '" + field + "' has a blank or non-text element");
      }
      out.add(e.asText().trim());
    }
    return out;
  }

  List<YamlRecord> records(String field) {
    JsonNode v = node.get(field);
    List<YamlRecord> out = new ArrayList<>();
    if (v == null || v.isNull()) {
      return out;
    }
    if (!v.isArray()) {
      throw new IllegalArgumentException(
          where + ": field '" + field + "' must be a list, found " + describe(v));
    }
    int i = 0;
    for (JsonNode e : v) {
      out.add(new YamlRecord(where + " " + field + "[" + i++ + "]", e));
    }
    return out;
  }

  /**
   * This mapping as a record of {@code type}, bound by Jackson after the checks of this class
   * against the record's components: unknown fields, missing ones (every component but lists and
   * {@code optional}; an optional true-or-false left out is false), texts, lists, true or false,
   * numbers; a list of records is checked record by record ({@code listings[0]}). A value the
   * record or an id refuses is reported with the location of the record it belongs to.
   */
  <T extends Record> T bind(Class<T> type, String... optional) {
    check(type, Set.of(optional));
    try {
      return BIND.treeToValue(node, type);
    } catch (JsonProcessingException e) {
      StringBuilder at = new StringBuilder(where);
      List<JsonMappingException.Reference> path =
          e instanceof JsonMappingException m ? m.getPath() : List.of();
      for (int i = 0; i + 1 < path.size(); i++) {
        if (path.get(i).getFieldName() != null && path.get(i + 1).getIndex() >= 0) {
          at.append(' ')
              .append(path.get(i).getFieldName())
              .append('[')
              .append(path.get(i + 1).getIndex())
              .append(']');
        }
      }
      Throwable cause = e;
      while (cause.getCause() != null
          && !(cause instanceof IllegalArgumentException
              || cause instanceof NullPointerException)) {
        cause = cause.getCause();
      }
      String m =
          cause instanceof JsonProcessingException j ? j.getOriginalMessage() : cause.getMessage();
      throw new IllegalArgumentException(at + ": " + m, e);
    }
  }

  private void check(Class<? extends Record> type, Set<String> optional) {
    RecordComponent[] components = type.getRecordComponents();
    allow(Arrays.stream(components).map(RecordComponent::getName).toArray(String[]::new));
    for (RecordComponent c : components) {
      String field = c.getName();
      if (c.getType() == List.class) {
        Class<?> element =
            (Class<?>) ((ParameterizedType) c.getGenericType()).getActualTypeArguments()[0];
        if (element.isRecord() && !TEXTS.contains(element)) {
          for (YamlRecord r : records(field)) {
            r.check(element.asSubclass(Record.class), optional);
          }
        } else {
          texts(field);
        }
      } else if (c.getType() == boolean.class) {
        if (!(optional.contains(field) && node.get(field) == null)) {
          bool(field);
        }
      } else if (c.getType() == double.class) {
        number(field);
      } else if (optional.contains(field)) {
        optionalText(field);
      } else {
        text(field);
      }
    }
  }

  private static <T> StdScalarDeserializer<T> scalar(Class<T> type, Function<String, T> parse) {
    return new StdScalarDeserializer<>(type) {
      @Override
      public T deserialize(JsonParser p, DeserializationContext context) throws IOException {
        return parse.apply(p.getValueAsString().trim());
      }
    };
  }

  /** Runs a conversion, prefixing a failure message with this record's location. */
  <T> T convert(Supplier<T> conversion) {
    try {
      return conversion.get();
    } catch (IllegalArgumentException | NullPointerException e) {
      String m = String.valueOf(e.getMessage());
      throw new IllegalArgumentException(m.startsWith(where) ? m : where + ": " + m, e);
    }
  }

  static String describe(JsonNode n) {
    if (n == null || n.isMissingNode()) {
      return "nothing";
    }
    return n.getNodeType().name().toLowerCase(Locale.ROOT)
        + (n.isValueNode() ? " '" + n.asText() + "'" : "");
  }
}

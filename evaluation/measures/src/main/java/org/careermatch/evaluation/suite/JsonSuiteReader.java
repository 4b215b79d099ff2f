package org.careermatch.evaluation.suite;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.careermatch.data.Framework;
import org.careermatch.evaluation.InputFormatException;

/**
 * Reads a suite written in JSON, in the format of the api's inline suite ({@code POST
 * /api/v1/evaluations}), so that a suite file can be sent to the api as it is:
 *
 * <pre>{@code
 * {
 *   "name": "learner-profiles",
 *   "description": "...",
 *   "provenance": "authored",
 *   "grades": {"2": "strong fit", "1": "plausible fit"},
 *   "topics": [
 *     {"id": "lp-001", "interests": "i want to drive trucks", "skills": [], "framework": "nccf-2024"}
 *   ],
 *   "qrels": {"lp-001": {"supply-chain-transportation": 2}},
 *   "subQrels": {"lp-001": {"ground-rail-transportation": 2}}
 * }
 * }</pre>
 *
 * <p>{@code name}, {@code description}, {@code provenance}, {@code topics} and {@code qrels} are
 * required; {@code grades}, when present, lists the only grades the judgments may use; {@code
 * subQrels} is optional. A topic needs an id and interests or skills (or both); {@code framework}
 * defaults to {@code nccf-2024}, as in the api. The file is bound with Jackson into records;
 * unknown fields, duplicate keys and values of the wrong type (a grade {@code "2"}) are rejected.
 * Errors are {@link InputFormatException}s naming the file and the line (for a bad topic, the line
 * where it starts and its id) and the field ({@code qrels.p2.construction}).
 */
public final class JsonSuiteReader {
  private static final JsonMapper JSON =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
          .build();

  /**
   * The file as bound: the same fields as the api's inline suite, plus the suite's description of
   * itself.
   */
  record SuiteFile(
      String name,
      String description,
      String provenance,
      LinkedHashMap<String, String> grades,
      List<LocatedTopic> topics,
      LinkedHashMap<String, LinkedHashMap<String, Integer>> qrels,
      LinkedHashMap<String, LinkedHashMap<String, Integer>> subQrels) {}

  /** One topic as written. */
  record TopicFields(String id, String interests, List<String> skills, String framework) {}

  /** A topic and the line its object starts on. */
  @JsonDeserialize(using = LocatedTopicDeserializer.class)
  record LocatedTopic(int line, TopicFields fields) {}

  static final class LocatedTopicDeserializer extends StdDeserializer<LocatedTopic> {
    private static final long serialVersionUID = 1L;

    LocatedTopicDeserializer() {
      super(LocatedTopic.class);
    }

    @Override
    public LocatedTopic deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      int line = p.currentTokenLocation().getLineNr();
      return new LocatedTopic(line, ctxt.readValue(p, TopicFields.class));
    }
  }

  private JsonSuiteReader() {}

  public static Suite read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    }
  }

  /**
   * Reads a suite from {@code in}; {@code source} names it in error messages. Does not close the
   * stream.
   */
  public static Suite read(InputStream in, String source) throws IOException {
    SuiteFile file;
    try (JsonParser parser = JSON.createParser(in)) {
      parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
      try {
        file = JSON.readValue(parser, SuiteFile.class);
      } catch (JsonProcessingException e) {
        // the parser is still open here, on the offending token
        throw bindingError(source, e, parser);
      }
    }
    if (file == null) {
      throw new InputFormatException(source, 0, "expected a JSON object with the suite");
    }
    String name = requiredText(file.name(), "name", source);
    requiredText(file.description(), "description", source);
    requiredText(file.provenance(), "provenance", source);
    if (file.topics() == null) {
      throw new InputFormatException(source, 0, "missing field 'topics'");
    }
    if (file.qrels() == null || file.qrels().isEmpty()) {
      throw new InputFormatException(
          source, 0, "missing field 'qrels': a suite needs cluster judgments");
    }
    TreeSet<Integer> grades = grades(file.grades(), source);

    List<Topic> topics = new ArrayList<>();
    Map<String, Integer> firstLine = new HashMap<>();
    for (int i = 0; i < file.topics().size(); i++) {
      LocatedTopic located = file.topics().get(i);
      if (located == null || located.fields() == null) {
        throw new InputFormatException(source, 0, "topics[" + i + "] is null");
      }
      Topic topic = topic(located, source);
      Integer previous = firstLine.putIfAbsent(topic.id(), located.line());
      if (previous != null) {
        throw new InputFormatException(
            source,
            located.line(),
            "topic " + topic.id() + " repeats the topic on line " + previous);
      }
      topics.add(topic);
    }
    Qrels clusters = qrels(file.qrels(), "qrels", grades, firstLine, source);
    Qrels subClusters =
        file.subQrels() == null
            ? Qrels.EMPTY
            : qrels(file.subQrels(), "subQrels", grades, firstLine, source);
    try {
      return new Suite(name, topics, clusters, subClusters);
    } catch (IllegalArgumentException e) {
      throw new InputFormatException(source, 0, e.getMessage(), e);
    }
  }

  private static Topic topic(LocatedTopic located, String source) throws InputFormatException {
    TopicFields t = located.fields();
    if (t.id() == null) {
      throw new InputFormatException(source, located.line(), "a topic needs a string 'id'");
    }
    try {
      return new Topic(
          t.id(),
          t.interests() == null ? "" : t.interests(),
          t.skills() == null ? List.of() : t.skills(),
          t.framework() == null ? Framework.NCCF_2024 : t.framework());
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new InputFormatException(source, located.line(), e.getMessage(), e);
    }
  }

  private static Qrels qrels(
      Map<String, ? extends Map<String, Integer>> judgments,
      String field,
      TreeSet<Integer> grades,
      Map<String, Integer> topicLines,
      String source)
      throws InputFormatException {
    Qrels.Builder qrels = Qrels.builder();
    for (Map.Entry<String, ? extends Map<String, Integer>> q : judgments.entrySet()) {
      String qid = q.getKey();
      String at = field + "." + qid;
      if (!topicLines.containsKey(qid)) {
        throw new InputFormatException(
            source, 0, at + ": judges " + qid + ", which is not one of the topics");
      }
      if (q.getValue() == null || q.getValue().isEmpty()) {
        throw new InputFormatException(source, 0, at + ": needs at least one judgment");
      }
      for (Map.Entry<String, Integer> d : q.getValue().entrySet()) {
        Integer grade = d.getValue();
        if (grade == null) {
          throw new InputFormatException(
              source, 0, at + "." + d.getKey() + ": needs an integer grade (was null)");
        }
        if (!grades.isEmpty() && !grades.contains(grade)) {
          throw new InputFormatException(
              source,
              0,
              at
                  + "."
                  + d.getKey()
                  + ": grade "
                  + grade
                  + " is not among the suite's grades "
                  + grades);
        }
        try {
          qrels.add(qid, d.getKey(), grade);
        } catch (IllegalArgumentException e) {
          throw new InputFormatException(source, 0, at + ": " + e.getMessage(), e);
        }
      }
    }
    return qrels.build();
  }

  private static TreeSet<Integer> grades(Map<String, String> grades, String source)
      throws InputFormatException {
    TreeSet<Integer> declared = new TreeSet<>();
    if (grades == null) {
      return declared;
    }
    if (grades.isEmpty()) {
      throw new InputFormatException(
          source, 0, "'grades' must be a non-empty object mapping each grade to its meaning");
    }
    for (Map.Entry<String, String> e : grades.entrySet()) {
      try {
        declared.add(Integer.parseInt(e.getKey()));
      } catch (NumberFormatException ex) {
        throw new InputFormatException(
            source, 0, "grades: grade '" + e.getKey() + "' is not an integer", ex);
      }
      if (e.getValue() == null || e.getValue().isBlank()) {
        throw new InputFormatException(
            source, 0, "grades: grade " + e.getKey() + " needs a description");
      }
    }
    return declared;
  }

  private static String requiredText(String value, String field, String source)
      throws InputFormatException {
    if (value == null) {
      throw new InputFormatException(source, 0, "missing field '" + field + "'");
    }
    if (value.isBlank()) {
      throw new InputFormatException(source, 0, "'" + field + "' must be a non-blank string");
    }
    return value;
  }

  /** A Jackson error as {@code source:line: field: what}, without Jackson's class names. */
  private static InputFormatException bindingError(
      String source, JsonProcessingException e, JsonParser parser) {
    JsonLocation at = e.getLocation();
    int line = at == null ? 0 : at.getLineNr();
    if (!(e instanceof JsonMappingException m)) {
      return new InputFormatException(source, line, e.getOriginalMessage(), e);
    }
    String path = path(m.getPath());
    String where = path.isEmpty() ? "" : path + ": ";
    String message;
    if (e instanceof UnrecognizedPropertyException u) {
      List<String> known = new ArrayList<>();
      u.getKnownPropertyIds().forEach(k -> known.add(String.valueOf(k)));
      known.sort(null);
      String parent = path(m.getPath().subList(0, m.getPath().size() - 1));
      return new InputFormatException(
          source,
          line,
          "unknown field '"
              + u.getPropertyName()
              + "'"
              + (parent.isEmpty() ? "" : " in " + parent)
              + " (expected one of "
              + String.join(", ", known)
              + ")",
          e);
    } else if (e instanceof ValueInstantiationException v && v.getCause() != null) {
      message = v.getCause().getMessage();
    } else if (e instanceof InvalidNullException) {
      message = "must not be null";
    } else if (e instanceof MismatchedInputException mi && mi.getTargetType() != null) {
      message = "expected " + describe(mi.getTargetType()) + " (was " + found(parser) + ")";
    } else {
      message = e.getOriginalMessage();
    }
    return new InputFormatException(source, line, where + message, e);
  }

  private static String found(JsonParser p) {
    if (p.currentToken() != null) {
      try {
        return switch (p.currentToken()) {
          case VALUE_STRING -> "\"" + p.getText() + "\"";
          case START_OBJECT -> "an object";
          case START_ARRAY -> "an array";
          default -> p.getText();
        };
      } catch (IOException ignored) {
        // fall through to the token's name
      }
      return p.currentToken().asString();
    }
    return "something else";
  }

  private static String describe(Class<?> type) {
    if (type == Integer.class || type == int.class) {
      return "an integer";
    }
    if (type == String.class) {
      return "a string";
    }
    if (List.class.isAssignableFrom(type)) {
      return "an array";
    }
    return "an object";
  }

  private static String path(List<JsonMappingException.Reference> refs) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference r : refs) {
      if (r.getFieldName() != null) {
        sb.append(sb.length() == 0 ? "" : ".").append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        sb.append('[').append(r.getIndex()).append(']');
      }
    }
    return sb.toString();
  }
}

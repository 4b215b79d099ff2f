package org.careermatch.evaluation.suite;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.careermatch.evaluation.InputFormatException;

/**
 * Reads a learner-profile suite written in JSON:
 *
 * <pre>{@code
 * {
 *   "name": "learner-profiles",
 *   "description": "...",
 *   "provenance": "authored",
 *   "grades": {"2": "strong fit", "1": "plausible fit"},
 *   "profiles": [
 *     {"id": "lp-001", "interests": "i want to drive trucks", "skills": [], "framework": "nccf-2024",
 *      "judgments": {"clusters": {"supply-chain-transportation": 2},
 *                    "subClusters": {"ground-rail-transportation": 2}}}
 *   ]
 * }
 * }</pre>
 *
 * <p>{@code name}, {@code description}, {@code provenance} and {@code profiles} are required; {@code grades}, when
 * present, lists the only grades the judgments may use. Each profile needs an id, a framework, interests or skills
 * (or both), and a non-empty {@code judgments.clusters}; {@code judgments.subClusters} is optional. Unknown fields and
 * duplicate keys are rejected. Errors are {@link InputFormatException}s naming the file and the line: for JSON syntax
 * the exact line, for a bad profile the line where the profile starts plus the profile's id and field.
 */
public final class JsonSuiteReader {
  private static final JsonMapper JSON = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();
  private static final Set<String> TOP_FIELDS = Set.of("name", "description", "provenance", "grades", "profiles");
  private static final Set<String> PROFILE_FIELDS = Set.of("id", "interests", "skills", "framework", "judgments");
  private static final Set<String> JUDGMENT_FIELDS = Set.of("clusters", "subClusters");

  private record Located(int line, JsonNode node) {}

  private JsonSuiteReader() {}

  public static Suite read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    }
  }

  /** Reads a suite from {@code in}; {@code source} names it in error messages. Does not close the stream. */
  public static Suite read(InputStream in, String source) throws IOException {
    Map<String, Located> fields = new LinkedHashMap<>();
    List<Located> profiles = new ArrayList<>();
    try (JsonParser p = JSON.createParser(in)) {
      p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new InputFormatException(source, line(p), "expected a JSON object with the suite");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        int fieldLine = line(p);
        if (!TOP_FIELDS.contains(field)) {
          throw new InputFormatException(source, fieldLine, "unknown field '" + field + "' (expected one of "
              + String.join(", ", List.of("name", "description", "provenance", "grades", "profiles")) + ")");
        }
        JsonToken value = p.nextToken();
        if (field.equals("profiles")) {
          if (value != JsonToken.START_ARRAY) {
            throw new InputFormatException(source, line(p), "'profiles' must be an array");
          }
          while (p.nextToken() != JsonToken.END_ARRAY) {
            int profileLine = line(p);
            profiles.add(new Located(profileLine, JSON.readTree(p)));
          }
        }
        fields.put(field, new Located(fieldLine, field.equals("profiles") ? null : JSON.readTree(p)));
      }
      if (p.nextToken() != null) {
        throw new InputFormatException(source, line(p), "unexpected content after the suite object");
      }
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new InputFormatException(source, at == null ? 0 : at.getLineNr(), e.getOriginalMessage(), e);
    }

    String name = requiredText(fields, "name", source);
    requiredText(fields, "description", source);
    requiredText(fields, "provenance", source);
    if (!fields.containsKey("profiles")) {
      throw new InputFormatException(source, 0, "missing field 'profiles'");
    }
    Set<Integer> grades = grades(fields.get("grades"), source);

    List<Topic> topics = new ArrayList<>();
    Qrels.Builder clusters = Qrels.builder();
    Qrels.Builder subClusters = Qrels.builder();
    Map<String, Integer> firstLine = new LinkedHashMap<>();
    for (Located profile : profiles) {
      Topic topic = topic(profile, source);
      Integer previous = firstLine.putIfAbsent(topic.id(), profile.line());
      if (previous != null) {
        throw new InputFormatException(source, profile.line(),
            "profile " + topic.id() + " repeats the profile on line " + previous);
      }
      topics.add(topic);
      JsonNode judgments = profile.node().get("judgments");
      if (judgments == null || !judgments.isObject()) {
        throw profileError(source, profile, topic.id(), "needs a 'judgments' object");
      }
      unknownFields(source, judgments, JUDGMENT_FIELDS, profile, topic.id(), "judgments");
      JsonNode clusterJudgments = judgments.get("clusters");
      if (clusterJudgments == null || !clusterJudgments.isObject() || clusterJudgments.isEmpty()) {
        throw profileError(source, profile, topic.id(), "needs a non-empty 'judgments.clusters' object");
      }
      judge(source, clusters, clusterJudgments, grades, profile, topic.id(), "judgments.clusters");
      JsonNode subClusterJudgments = judgments.get("subClusters");
      if (subClusterJudgments != null) {
        if (!subClusterJudgments.isObject()) {
          throw profileError(source, profile, topic.id(), "'judgments.subClusters' must be an object");
        }
        judge(source, subClusters, subClusterJudgments, grades, profile, topic.id(), "judgments.subClusters");
      }
    }
    try {
      return new Suite(name, topics, clusters.build(), subClusters.build());
    } catch (IllegalArgumentException e) {
      throw new InputFormatException(source, 0, e.getMessage(), e);
    }
  }

  private static Topic topic(Located profile, String source) throws InputFormatException {
    JsonNode node = profile.node();
    if (!node.isObject()) {
      throw new InputFormatException(source, profile.line(), "a profile must be a JSON object");
    }
    JsonNode idNode = node.get("id");
    if (idNode == null || !idNode.isTextual()) {
      throw new InputFormatException(source, profile.line(), "a profile needs a string 'id'");
    }
    String id = idNode.asText();
    unknownFields(source, node, PROFILE_FIELDS, profile, id, "profile");
    JsonNode interests = node.get("interests");
    if (interests != null && !interests.isTextual()) {
      throw profileError(source, profile, id, "'interests' must be a string");
    }
    List<String> skills = new ArrayList<>();
    JsonNode skillsNode = node.get("skills");
    if (skillsNode != null) {
      if (!skillsNode.isArray()) {
        throw profileError(source, profile, id, "'skills' must be an array of strings");
      }
      for (JsonNode skill : skillsNode) {
        if (!skill.isTextual()) {
          throw profileError(source, profile, id, "skill " + skill + " is not a string");
        }
        skills.add(skill.asText());
      }
    }
    JsonNode framework = node.get("framework");
    if (framework == null || !framework.isTextual()) {
      throw profileError(source, profile, id, "needs a string 'framework'");
    }
    try {
      return new Topic(id, interests == null ? "" : interests.asText(), skills, framework.asText());
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new InputFormatException(source, profile.line(), e.getMessage(), e);
    }
  }

  private static void judge(String source, Qrels.Builder qrels, JsonNode judgments, Set<Integer> grades, Located profile, String id,
      String what) throws InputFormatException {
    for (Map.Entry<String, JsonNode> e : judgments.properties()) {
      JsonNode grade = e.getValue();
      if (!grade.isInt()) {
        throw profileError(source, profile, id, what + "." + e.getKey() + " must be an integer grade (was " + grade + ")");
      }
      if (!grades.isEmpty() && !grades.contains(grade.intValue())) {
        throw profileError(source, profile, id, what + "." + e.getKey() + " has grade " + grade.intValue()
            + ", which is not among the suite's grades " + grades);
      }
      try {
        qrels.add(id, e.getKey(), grade.intValue());
      } catch (IllegalArgumentException ex) {
        throw profileError(source, profile, id, ex.getMessage());
      }
    }
  }

  private static void unknownFields(String source, JsonNode node, Set<String> allowed, Located profile, String id, String what)
      throws InputFormatException {
    for (Map.Entry<String, JsonNode> property : node.properties()) {
      String field = property.getKey();
      if (!allowed.contains(field)) {
        throw profileError(source, profile, id, "unknown field '" + field + "' in " + what + " (expected one of "
            + String.join(", ", allowed.stream().sorted().toList()) + ")");
      }
    }
  }

  private static Set<Integer> grades(Located grades, String source) throws InputFormatException {
    if (grades == null) {
      return Set.of();
    }
    if (!grades.node().isObject() || grades.node().isEmpty()) {
      throw new InputFormatException(source, grades.line(),
          "'grades' must be a non-empty object mapping each grade to its meaning");
    }
    TreeSet<Integer> declared = new TreeSet<>();
    for (Map.Entry<String, JsonNode> e : grades.node().properties()) {
      try {
        declared.add(Integer.parseInt(e.getKey()));
      } catch (NumberFormatException ex) {
        throw new InputFormatException(source, grades.line(), "grade '" + e.getKey() + "' is not an integer", ex);
      }
      if (!e.getValue().isTextual() || e.getValue().asText().isBlank()) {
        throw new InputFormatException(source, grades.line(), "grade " + e.getKey() + " needs a description");
      }
    }
    return Collections.unmodifiableSet(declared);
  }

  private static String requiredText(Map<String, Located> fields, String field, String source)
      throws InputFormatException {
    Located value = fields.get(field);
    if (value == null) {
      throw new InputFormatException(source, 0, "missing field '" + field + "'");
    }
    if (!value.node().isTextual() || value.node().asText().isBlank()) {
      throw new InputFormatException(source, value.line(), "'" + field + "' must be a non-blank string");
    }
    return value.node().asText();
  }

  private static InputFormatException profileError(String source, Located profile, String id, String message) {
    return new InputFormatException(source, profile.line(), "profile " + id + ": " + message);
  }

  private static int line(JsonParser p) {
    return p.currentTokenLocation().getLineNr();
  }
}

package org.careermatch.evaluation.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careermatch.data.Checks;
import org.careermatch.evaluation.metrics.Averaging;
import org.careermatch.evaluation.metrics.Evaluation;
import org.careermatch.evaluation.metrics.Metric;

/**
 * An {@link Evaluation} as JSON, for machines (dashboards, regression gates):
 *
 * <pre>{@code
 * {
 *   "about": {"suite": "learner-profiles", "level": "cluster", "run": "bm25"},
 *   "averaging": "RUN_QUERIES",
 *   "numQueries": 257,
 *   "metrics": ["ndcg_cut_3", "recip_rank", ...],
 *   "overall": {"ndcg_cut_3": 0.649412..., ...},
 *   "perQuery": {"lp-001": {"ndcg_cut_3": 1.0, ...}, ...}
 * }
 * }</pre>
 *
 * Values are full doubles, not rounded; metric names are trec_eval's; queries in trec_eval order. {@code about} holds
 * whatever the caller wants to record, as strings. {@link #parse(String)} reads a report back.
 */
public final class JsonReport {
  private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private JsonReport() {}

  public static String render(Evaluation evaluation, Map<String, String> about) {
    Checks.requireNonNull(evaluation, "evaluation");
    Checks.requireNonNull(about, "about");
    ObjectNode root = JSON.createObjectNode();
    ObjectNode aboutNode = root.putObject("about");
    about.forEach(aboutNode::put);
    root.put("averaging", evaluation.averaging().name());
    root.put("numQueries", evaluation.numQueries());
    ArrayNode metrics = root.putArray("metrics");
    evaluation.metrics().forEach(m -> metrics.add(m.name()));
    ObjectNode overall = root.putObject("overall");
    evaluation.means().forEach((m, v) -> overall.put(m.name(), v));
    ObjectNode perQuery = root.putObject("perQuery");
    evaluation.perQuery().forEach((qid, values) -> {
      ObjectNode q = perQuery.putObject(qid);
      values.forEach((m, v) -> q.put(m.name(), v));
    });
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot render the report as JSON", e);
    }
  }

  public static void write(Evaluation evaluation, Map<String, String> about, Path file) throws IOException {
    Files.writeString(file, render(evaluation, about), StandardCharsets.UTF_8);
  }

  /** Reads the evaluation back from a report ({@code about} and {@code overall} are not needed for that). */
  public static Evaluation parse(String json) throws IOException {
    JsonNode root = JSON.readTree(json);
    if (root == null || !root.isObject()) {
      throw new IOException("a JSON report must be an object");
    }
    List<Metric> metrics = new ArrayList<>();
    for (JsonNode name : required(root, "metrics")) {
      metrics.add(Metric.parse(name.asText()));
    }
    Averaging averaging = Averaging.valueOf(required(root, "averaging").asText());
    Map<String, Map<Metric, Double>> perQuery = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> q : required(root, "perQuery").properties()) {
      Map<Metric, Double> values = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> v : q.getValue().properties()) {
        if (!v.getValue().isNumber()) {
          throw new IOException("value of " + v.getKey() + " for query " + q.getKey() + " is not a number");
        }
        values.put(Metric.parse(v.getKey()), v.getValue().doubleValue());
      }
      perQuery.put(q.getKey(), values);
    }
    return new Evaluation(metrics, averaging, perQuery);
  }

  public static Evaluation read(Path file) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8));
  }

  private static JsonNode required(JsonNode root, String field) throws IOException {
    JsonNode node = root.get(field);
    if (node == null || node.isNull()) {
      throw new IOException("a JSON report needs '" + field + "'");
    }
    return node;
  }
}

package org.careermatch.evaluation.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
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
 * Values are full doubles, not rounded; metric names are trec_eval's; queries in trec_eval order.
 * {@code about} holds whatever the caller wants to record, as strings. {@link #parse(String)} reads
 * a report back.
 */
public final class JsonReport {
  /** Writes and reads the reports: indented, records in their components' order. */
  public static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  /**
   * One level's report as Jackson writes and reads it.
   *
   * @param about what the caller records (suite, system, level...), as strings
   * @param averaging how the means were taken
   * @param numQueries the number of queries evaluated
   * @param metrics the metrics' trec_eval names, in order
   * @param overall metric -> mean
   * @param perQuery qid -> metric -> value, in trec_eval order
   */
  public record Document(
      Map<String, String> about,
      Averaging averaging,
      int numQueries,
      List<String> metrics,
      Map<String, Double> overall,
      Map<String, Map<String, Double>> perQuery) {}

  private JsonReport() {}

  /** The report of an evaluation. */
  public static Document document(Evaluation evaluation, Map<String, String> about) {
    Checks.requireNonNull(evaluation, "evaluation");
    Checks.requireNonNull(about, "about");
    Map<String, Double> overall = new LinkedHashMap<>();
    evaluation.means().forEach((m, v) -> overall.put(m.name(), v));
    Map<String, Map<String, Double>> perQuery = new LinkedHashMap<>();
    evaluation
        .perQuery()
        .forEach(
            (qid, values) -> {
              Map<String, Double> q = new LinkedHashMap<>();
              values.forEach((m, v) -> q.put(m.name(), v));
              perQuery.put(qid, q);
            });
    return new Document(
        new LinkedHashMap<>(about),
        evaluation.averaging(),
        evaluation.numQueries(),
        evaluation.metrics().stream().map(Metric::name).toList(),
        overall,
        perQuery);
  }

  public static String render(Evaluation evaluation, Map<String, String> about) {
    return write(document(evaluation, about));
  }

  /** Any report object as indented JSON, with a final line break. */
  public static String write(Object report) {
    try {
      return JSON.writeValueAsString(report) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot render the report as JSON", e);
    }
  }

  public static void write(Evaluation evaluation, Map<String, String> about, Path file)
      throws IOException {
    Files.writeString(file, render(evaluation, about), StandardCharsets.UTF_8);
  }

  /**
   * Reads the evaluation back from a report ({@code about} and {@code overall} are not needed for
   * that).
   */
  public static Evaluation parse(String json) throws IOException {
    Document d;
    try {
      d = JSON.readValue(json, Document.class);
    } catch (JsonProcessingException e) {
      throw new IOException("not a JSON report: " + e.getOriginalMessage(), e);
    }
    if (d == null || d.metrics() == null || d.averaging() == null || d.perQuery() == null) {
      throw new IOException("a JSON report needs 'metrics', 'averaging' and 'perQuery'");
    }
    List<Metric> metrics = new ArrayList<>();
    for (String name : d.metrics()) {
      metrics.add(Metric.parse(name));
    }
    Map<String, Map<Metric, Double>> perQuery = new LinkedHashMap<>();
    for (Map.Entry<String, Map<String, Double>> q : d.perQuery().entrySet()) {
      Map<Metric, Double> values = new LinkedHashMap<>();
      for (Map.Entry<String, Double> v : q.getValue().entrySet()) {
        if (v.getValue() == null) {
          throw new IOException(
              "value of " + v.getKey() + " for query " + q.getKey() + " is not a number");
        }
        values.put(Metric.parse(v.getKey()), v.getValue());
      }
      perQuery.put(q.getKey(), values);
    }
    return new Evaluation(metrics, d.averaging(), perQuery);
  }

  public static Evaluation read(Path file) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8));
  }
}

package org.careermatch.evaluation.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.careermatch.evaluation.Fixtures;
import org.careermatch.evaluation.metrics.Evaluation;
import org.careermatch.evaluation.metrics.Evaluator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonReportTest {
  @Test
  void overallAndPerQuery() throws IOException {
    Evaluation e = Evaluator.defaults().evaluate(Fixtures.qrels(), Fixtures.run());
    String json = JsonReport.render(e, Map.of("suite", "fixture", "run", "t"));
    JsonNode root = new JsonMapper().readTree(json);
    assertEquals("fixture", root.at("/about/suite").asText());
    assertEquals("RUN_QUERIES", root.get("averaging").asText());
    assertEquals(2, root.get("numQueries").asInt());
    assertEquals("ndcg_cut_3", root.at("/metrics/0").asText());
    assertEquals(0.75, root.at("/overall/recip_rank").asDouble(), 1e-12);
    assertEquals(0.5, root.at("/perQuery/q2/recip_rank").asDouble(), 1e-12);
    assertEquals(
        e.mean(org.careermatch.evaluation.metrics.Metric.ndcgCut(3)),
        root.at("/overall/ndcg_cut_3").asDouble(),
        0);
    assertTrue(json.endsWith("}\n"));
  }

  @Test
  void readsBackTheSameEvaluation(@TempDir Path dir) throws IOException {
    Evaluation e = Evaluator.defaults().evaluate(Fixtures.qrels(), Fixtures.runWithEmptyQ4());
    Path file = dir.resolve("report.json");
    JsonReport.write(e, Map.of(), file);
    assertEquals(e, JsonReport.read(file));
  }
}

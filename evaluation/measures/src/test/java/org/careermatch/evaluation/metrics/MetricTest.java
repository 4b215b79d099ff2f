package org.careermatch.evaluation.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MetricTest {
  @Test
  void namesAreTrecEvals() {
    assertEquals(
        List.of("ndcg_cut_3", "recip_rank", "P_1", "map", "recall_3", "success_1"),
        Metric.DEFAULTS.stream().map(Metric::name).toList());
  }

  @Test
  void parseIsTheInverseOfName() {
    for (Metric m : Metric.DEFAULTS) {
      assertEquals(m, Metric.parse(m.name()));
    }
    assertEquals(Metric.ndcgCut(10), Metric.parse("ndcg_cut_10"));
  }

  @Test
  void badNamesAndCutoffsAreRejectedByValue() {
    for (String bad : List.of("ndcg", "ndcg_cut_0", "P_x", "mrr", "map_5", "P_-1")) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Metric.parse(bad));
      assertTrue(e.getMessage().contains("'" + bad + "'"), e.getMessage());
    }
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Metric.precision(0));
    assertTrue(e.getMessage().contains("was 0"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> new Metric(Metric.Kind.MAP, 5));
    assertTrue(e.getMessage().contains("was 5"), e.getMessage());
  }
}

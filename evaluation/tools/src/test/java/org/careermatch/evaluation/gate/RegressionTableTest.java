package org.careermatch.evaluation.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.careermatch.evaluation.InputFormatException;
import org.junit.jupiter.api.Test;

class RegressionTableTest {
  private static final String FILE =
      """
      # a comment
      system\tsuite\tlevel\tmetric\tvalue\ttolerance
      engine\ts1\tcluster\tndcg_cut_3\t0.6494\t0.0001
      engine\ts1\tsub-cluster\trecip_rank\t0.5000\t0.01
      baseline\ts1\tcluster\tndcg_cut_3\t0.4000\t0.0001
      """;

  private static RegressionTable pinned() throws IOException {
    return RegressionTable.read(new StringReader(FILE), "regression.tsv");
  }

  private static RegressionTable measured(double engineNdcg, double engineRr, double baselineNdcg) {
    return new RegressionTable(
        List.of(
            new RegressionTable.Row("engine", "s1", "cluster", "ndcg_cut_3", engineNdcg),
            new RegressionTable.Row("engine", "s1", "sub-cluster", "recip_rank", engineRr),
            new RegressionTable.Row("baseline", "s1", "cluster", "ndcg_cut_3", baselineNdcg)));
  }

  @Test
  void numbersWithinTheirToleranceAndTheFilesRoundingPass() throws IOException {
    assertEquals(List.of(), pinned().moved(measured(0.649412, 0.509, 0.40004)));
    assertEquals(
        List.of(),
        pinned().moved(measured(0.6495, 0.49, 0.3999)),
        "a move equal to the tolerance passes");
  }

  @Test
  void aMoveBeyondTheToleranceFailsInEitherDirection() throws IOException {
    List<String> up = pinned().moved(measured(0.6601, 0.5, 0.4));
    assertEquals(
        List.of("engine s1 cluster ndcg_cut_3: 0.6494 -> 0.6601 (+0.0107, tolerance 0.0001)"), up);
    List<String> down = pinned().moved(measured(0.6494, 0.48, 0.3997));
    assertEquals(2, down.size(), down.toString());
    assertTrue(
        down.get(0).startsWith("engine s1 sub-cluster recip_rank: 0.5000 -> 0.4800 (-0.0200"),
        down.get(0));
    assertTrue(
        down.get(1).startsWith("baseline s1 cluster ndcg_cut_3: 0.4000 -> 0.3997"), down.get(1));
  }

  @Test
  void rowsOnlyOneSideHasFail() throws IOException {
    RegressionTable measured =
        new RegressionTable(
            List.of(
                new RegressionTable.Row("engine", "s1", "cluster", "ndcg_cut_3", 0.6494),
                new RegressionTable.Row("engine", "s1", "sub-cluster", "recip_rank", 0.5),
                new RegressionTable.Row("engine", "s2", "cluster", "map", 0.25)));
    assertEquals(
        List.of(
            "baseline s1 cluster ndcg_cut_3: pinned 0.4000 but no longer measured",
            "engine s2 cluster map: measured 0.2500 but not pinned"),
        pinned().moved(measured));
  }

  @Test
  void repinningKeepsTolerancesAndRoundTrips() throws IOException {
    RegressionTable repinned = pinned().repinnedWith(measured(0.70004, 0.6, 0.41));
    String text = repinned.format(List.of("pinned", ""));
    assertTrue(text.startsWith("# pinned\n#\n" + RegressionTable.HEADER + "\n"), text);
    assertTrue(text.contains("engine\ts1\tcluster\tndcg_cut_3\t0.7000\t0.0001\n"), text);
    assertTrue(text.contains("engine\ts1\tsub-cluster\trecip_rank\t0.6000\t0.01\n"), text);
    RegressionTable back = RegressionTable.read(new StringReader(text), "back");
    assertEquals(List.of(), back.moved(repinned));
  }

  @Test
  void malformedFilesNameTheLine() {
    InputFormatException fields =
        assertThrows(
            InputFormatException.class,
            () ->
                RegressionTable.read(
                    new StringReader(RegressionTable.HEADER + "\nengine\ts1\tcluster\tmap\t0.5\n"),
                    "r.tsv"));
    assertTrue(
        fields.getMessage().startsWith("r.tsv:2: expected 6 tab-separated fields"),
        fields.getMessage());
    InputFormatException metric =
        assertThrows(
            InputFormatException.class,
            () ->
                RegressionTable.read(
                    new StringReader(
                        RegressionTable.HEADER + "\nengine\ts1\tcluster\tndcg\t0.5\t0.0001\n"),
                    "r.tsv"));
    assertTrue(metric.getMessage().contains("r.tsv:2: unknown metric 'ndcg'"), metric.getMessage());
    InputFormatException value =
        assertThrows(
            InputFormatException.class,
            () ->
                RegressionTable.read(
                    new StringReader(
                        RegressionTable.HEADER + "\nengine\ts1\tcluster\tmap\tx\t0.0001\n"),
                    "r.tsv"));
    assertTrue(
        value.getMessage().contains("value 'x' is not a decimal number"), value.getMessage());
    InputFormatException repeated =
        assertThrows(
            InputFormatException.class,
            () ->
                RegressionTable.read(
                    new StringReader(
                        RegressionTable.HEADER
                            + "\nengine\ts1\tcluster\tmap\t0.5\t0"
                            + "\nengine\ts1\tcluster\tmap\t0.5\t0\n"),
                    "r.tsv"));
    assertTrue(
        repeated.getMessage().contains("r.tsv:3: engine s1 cluster map repeats line 2"),
        repeated.getMessage());
    InputFormatException header =
        assertThrows(
            InputFormatException.class,
            () ->
                RegressionTable.read(
                    new StringReader("engine\ts1\tcluster\tmap\t0.5\t0\n"), "r.tsv"));
    assertTrue(header.getMessage().startsWith("r.tsv:1: expected the header"), header.getMessage());
  }
}

package org.careermatch.engine.rank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.careermatch.data.ClusterId;
import org.careermatch.data.SubClusterId;
import org.careermatch.engine.EngineConfig;
import org.careermatch.engine.index.EntityType;
import org.careermatch.engine.index.EvidenceDoc;
import org.junit.jupiter.api.Test;

/** What a link to a cluster counts when the cluster is linked to a large share of a type. */
class LinkWeightsTest {
  private static EvidenceDoc doc(String id, EntityType type, int... clusters) {
    List<ClusterId> ids =
        java.util.Arrays.stream(clusters).mapToObj(c -> ClusterId.of("c" + c)).toList();
    return new EvidenceDoc(id, id, type, "title", id, ids, List.<SubClusterId>of());
  }

  // four programs: cluster 0 is linked to all of them, cluster 1 to three, cluster 2 to one;
  // one SOC occupation, linked to cluster 0 only; one application, linked to cluster 0 only
  private static final List<EvidenceDoc> DOCS =
      List.of(
          doc("p1", EntityType.PROGRAM, 0, 1, 2),
          doc("p2", EntityType.PROGRAM, 0, 1),
          doc("p3", EntityType.PROGRAM, 0, 1),
          doc("p4", EntityType.PROGRAM, 0),
          doc("o1", EntityType.SOC_OCCUPATION, 0),
          doc("a1", EntityType.APPLICATION, 0));
  private static final int[][] POSITIONS = {{0, 1, 2}, {0, 1}, {0, 1}, {0}, {0}, {0}};

  /** The weights of each document's links, in the order of {@link #POSITIONS}. */
  private static double[][] weights(double exponent, double freeShare) {
    double[][] table = table(exponent, freeShare);
    double[][] out = new double[DOCS.size()][];
    for (int d = 0; d < out.length; d++) {
      out[d] = new double[POSITIONS[d].length];
      for (int i = 0; i < out[d].length; i++) {
        out[d][i] = table[DOCS.get(d).type().ordinal()][POSITIONS[d][i]];
      }
    }
    return out;
  }

  private static double[][] table(double exponent, double freeShare) {
    EngineConfig config =
        EngineConfig.defaults().toBuilder()
            .linkSpecificity(exponent)
            .linkFreeShare(freeShare)
            .build();
    return EvidenceAggregator.linkWeights(DOCS, POSITIONS, 3, config);
  }

  @Test
  void aClusterLinkedToAShareAboveTheFreeShareCountsLess() {
    double[][] w = weights(1.0, 0.5);
    // cluster 0 has every program: log(1/1) = 0
    assertEquals(0.0, w[0][0], 1e-12);
    // cluster 1 has 3 of 4: log(4/3) / log(2)
    assertEquals(Math.log(4.0 / 3) / Math.log(2), w[0][1], 1e-12);
    // cluster 2 has 1 of 4, below the free share: in full
    assertEquals(1.0, w[0][2], 1e-12);
    // shares are per type: the only SOC occupation's cluster is linked to all of them
    assertEquals(0.0, w[4][0], 1e-12);
    // a cross-cutting cluster's applications are not a crosswalk's: in full
    assertEquals(1.0, w[5][0], 1e-12);
  }

  @Test
  void theExponentSharpensThePenaltyAndZeroTurnsItOff() {
    double one = weights(1.0, 0.5)[1][1];
    assertEquals(one * one, weights(2.0, 0.5)[1][1], 1e-12);
    for (double[] row : weights(0.0, 0.5)) {
      for (double v : row) {
        assertEquals(1.0, v);
      }
    }
  }

  @Test
  void theAggregatorCountsEachLinkAtItsWeight() throws Exception {
    ClusterId art = ClusterId.of("art");
    ClusterId teach = ClusterId.of("teach");
    List<EvidenceDoc> programs =
        List.of(
            new EvidenceDoc(
                "g",
                "graphic design",
                EntityType.PROGRAM,
                "title",
                "graphic design",
                List.of(art, teach),
                List.of()),
            new EvidenceDoc(
                "w",
                "welding",
                EntityType.PROGRAM,
                "title",
                "welding",
                List.of(ClusterId.of("weld"), teach),
                List.of()),
            new EvidenceDoc(
                "t",
                "teaching",
                EntityType.PROGRAM,
                "title",
                "teaching",
                List.of(teach),
                List.of()));
    try (org.careermatch.engine.index.EntityIndex index =
        org.careermatch.engine.index.EntityIndex.build(programs)) {
      for (double exponent : new double[] {0, 1}) {
        EngineConfig config =
            EngineConfig.defaults().toBuilder()
                .linkSpecificity(exponent)
                .linkFreeShare(0.5)
                .build();
        org.careermatch.engine.query.UnitExtractor.Extraction e =
            new org.careermatch.engine.query.UnitExtractor(index, config)
                .extract(org.careermatch.engine.LearnerProfile.of("graphic design"));
        EvidenceTable t =
            new EvidenceAggregator(index, config, 3, 1).aggregate(e.units(), e.sources().size());
        if (exponent == 0) {
          assertEquals(t.raw(art), t.raw(teach), 1e-12);
        } else {
          // every program is filed under teach: its links there count nothing
          assertEquals(0, t.raw(teach));
          assertTrue(t.raw(art) > 0);
        }
      }
    }
  }
}

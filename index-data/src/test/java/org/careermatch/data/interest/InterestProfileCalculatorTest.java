package org.careermatch.data.interest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careermatch.data.ClusterId;
import org.careermatch.data.Membership;
import org.careermatch.data.Provenance;
import org.careermatch.data.SocOccupation;
import org.careermatch.data.SubClusterId;
import org.careermatch.data.interest.InterestProfileCalculator.Basis;
import org.careermatch.data.interest.OccupationalInterests.Level;
import org.junit.jupiter.api.Test;

/**
 * The method on a small fixture computed by hand: two O*NET-SOC codes under one SOC code are
 * averaged, an aggregate and an "All Other" code take their broad group, a military code has no
 * scores and is left out, a sub-cluster with no occupation takes its cluster's mean.
 */
class InterestProfileCalculatorTest {
  static final double EPS = 1e-9;
  static final ClusterId A = ClusterId.of("cluster-a");
  static final ClusterId B = ClusterId.of("cluster-b");
  static final SubClusterId A1 = SubClusterId.of("a-one");
  static final SubClusterId A2 = SubClusterId.of("a-two");
  static final SubClusterId B1 = SubClusterId.of("b-one");
  static final SubClusterId B2 = SubClusterId.of("b-two");

  static final String ONET =
      String.join(
              "\n",
              "O*NET-SOC Code\tTitle\tElement ID\tElement Name\tScale ID\tScale Name\tData Value\tDate\tDomain Source",
              rows("11-1011.00", 1, 2, 3, 4, 5, 6),
              rows("11-1011.03", 3, 2, 3, 4, 5, 6),
              rows("13-1021.00", 4, 4, 1, 1, 2, 6),
              rows("13-1022.00", 2, 4, 1, 3, 2, 4),
              rows("17-3011.00", 6, 3, 2, 1, 1, 5))
          + "\n";

  static String rows(String code, double... v) {
    StringBuilder s = new StringBuilder();
    String[] elements = {"1.B.1.a", "1.B.1.b", "1.B.1.c", "1.B.1.d", "1.B.1.e", "1.B.1.f"};
    for (int i = 0; i < 6; i++) {
      s.append(code)
          .append("\tSome Title\t")
          .append(elements[i])
          .append("\tX\tOI\tOccupational Interests\t")
          .append(v[i])
          .append("\t11/2023\tAnalyst\n");
    }
    // a high-point row of another scale must be ignored
    s.append(code)
        .append("\tSome Title\t1.B.1.g\tFirst Interest High-Point\tIH\tx\t3.00\t11/2023\tAnalyst");
    return s.toString();
  }

  static SocOccupation soc(String code, Membership... m) {
    return new SocOccupation(code, "title " + code, List.of(m), Provenance.ADVANCE_CTE_CROSSWALK);
  }

  static InterestProfileCalculator.Result compute() {
    List<SocOccupation> crosswalk =
        List.of(
            soc("11-1011", new Membership(A, A1)),
            soc("13-1020", new Membership(A, A2), new Membership(B, B1)),
            soc("17-3019", new Membership(B, B1)),
            soc("55-1011", new Membership(B, B1)));
    Map<SubClusterId, ClusterId> subs = new LinkedHashMap<>();
    subs.put(A1, A);
    subs.put(A2, A);
    subs.put(B1, B);
    subs.put(B2, B);
    return InterestProfileCalculator.compute(
        OnetInterests.occupationalInterests(ONET), crosswalk, List.of(A, B), subs);
  }

  static OccupationalInterests profile(InterestProfileCalculator.Result r, String id) {
    return r.profiles().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void socCodesAverageTheirOnetOccupationsAndFallBackToTheirBroadGroup() {
    var soc = compute().soc();
    assertEquals(Basis.DIRECT, soc.get("11-1011").basis());
    assertArrayEquals(new double[] {2, 2, 3, 4, 5, 6}, soc.get("11-1011").mean().scores(), EPS);
    assertEquals(Basis.BROAD_GROUP, soc.get("13-1020").basis());
    assertArrayEquals(new double[] {3, 4, 1, 2, 2, 5}, soc.get("13-1020").mean().scores(), EPS);
    assertEquals(Basis.BROAD_GROUP, soc.get("17-3019").basis());
    assertArrayEquals(new double[] {6, 3, 2, 1, 1, 5}, soc.get("17-3019").mean().scores(), EPS);
    assertEquals(Basis.NONE, soc.get("55-1011").basis());
    assertNull(soc.get("55-1011").mean());
  }

  @Test
  void clusterMeansCountEachScoredCodeOnce() {
    var r = compute();
    OccupationalInterests a = profile(r, "cluster-a");
    assertEquals(Level.CLUSTER, a.level());
    assertEquals(2, a.occupations());
    assertArrayEquals(new double[] {2.5, 3, 2, 3, 3.5, 5.5}, a.mean().scores(), EPS);
    OccupationalInterests b = profile(r, "cluster-b");
    assertEquals(2, b.occupations(), "13-1020 and 17-3019; the military code has no scores");
    assertArrayEquals(new double[] {4.5, 3.5, 1.5, 1.5, 1.5, 5}, b.mean().scores(), EPS);
    assertEquals(Provenance.ONET_INTERESTS, b.provenance());
  }

  @Test
  void standardizedAcrossClustersThenAcrossTypes() {
    var r = compute();
    // two clusters: each type's z across clusters is -1 or +1; A = (-1,-1,1,1,1,1) -> mean 1/3, sd
    // sqrt(8/9)
    double low = (-1 - 1.0 / 3) / Math.sqrt(8.0 / 9);
    double high = (1 - 1.0 / 3) / Math.sqrt(8.0 / 9);
    assertArrayEquals(
        new double[] {low, low, high, high, high, high},
        profile(r, "cluster-a").standardized().scores(),
        EPS);
    assertArrayEquals(
        new double[] {-low, -low, -high, -high, -high, -high},
        profile(r, "cluster-b").standardized().scores(),
        EPS);
    assertEquals("ASE", profile(r, "cluster-a").hollandCode(), "ties keep RIASEC order");
    assertEquals("RIA", profile(r, "cluster-b").hollandCode());
  }

  @Test
  void aSubClusterWithoutOccupationsTakesItsClustersMean() {
    var r = compute();
    OccupationalInterests b2 = profile(r, "b-two");
    OccupationalInterests b1 = profile(r, "b-one");
    assertEquals(OccupationalInterests.Basis.PARENT_CLUSTER, b2.basis());
    assertEquals(OccupationalInterests.Basis.OCCUPATIONS, b1.basis());
    assertArrayEquals(profile(r, "cluster-b").mean().scores(), b2.mean().scores(), EPS);
    // b-one has the same two codes as cluster-b: same mean, and b-two is standardized on the
    // sub-cluster scale
    assertArrayEquals(b1.standardized().scores(), b2.standardized().scores(), EPS);
    assertArrayEquals(new double[] {3, 4, 1, 2, 2, 5}, profile(r, "a-two").mean().scores(), EPS);
    for (OccupationalInterests p : r.profiles()) {
      double[] z = p.standardized().scores();
      double mean = java.util.Arrays.stream(z).average().orElseThrow();
      double var =
          java.util.Arrays.stream(z).map(x -> (x - mean) * (x - mean)).average().orElseThrow();
      assertEquals(0, mean, EPS, p.id());
      assertEquals(1, var, 1e-9, p.id());
    }
  }

  @Test
  void aClusterWithoutScoredOccupationsIsAnError() {
    Map<SubClusterId, ClusterId> subs = Map.of(B1, B);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                InterestProfileCalculator.compute(
                    OnetInterests.occupationalInterests(ONET),
                    List.of(soc("55-1011", new Membership(B, B1))),
                    List.of(B),
                    subs));
    assertTrue(e.getMessage().contains("cluster cluster-b has no SOC occupation"), e.getMessage());
  }

  @Test
  void anOccupationMissingATypeIsReportedWithItsCode() {
    String broken =
        ONET.lines()
            .filter(l -> !(l.startsWith("17-3011.00") && l.contains("1.B.1.d")))
            .reduce("", (a, l) -> a + l + "\n");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> OnetInterests.occupationalInterests(broken));
    assertTrue(e.getMessage().contains("occupation 17-3011.00"), e.getMessage());
  }
}

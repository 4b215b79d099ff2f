package org.careermatch.data.interest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.careermatch.data.ClusterId;
import org.careermatch.data.DataLoader;
import org.careermatch.data.DataSource;
import org.careermatch.data.FrameworkData;
import org.careermatch.data.SubClusterId;
import org.junit.jupiter.api.Test;

/** The checked-in interest-profiles.tsv is what the documented command computes, and it loads. */
class InterestProfilesFileTest {
  @Test
  void theCheckedInFileIsUpToDate() {
    String checkedIn = DataSource.embedded().read(InterestProfilesFile.PATH).orElseThrow();
    String recomputed = InterestProfilesTool.compute(DataSource.embedded());
    assertEquals(
        recomputed,
        checkedIn,
        "interest-profiles.tsv is stale: regenerate it with " + InterestProfilesFile.COMMAND);
  }

  @Test
  void clusterMeansAreTheResearchNotesNumbers() {
    FrameworkData data = DataLoader.loadDefault();
    // riasec-headroom.md: mean OI per type and the top three after standardizing, for four clusters
    Map<String, double[]> expected = new LinkedHashMap<>();
    expected.put("agriculture", new double[] {5.98, 3.92, 1.43, 2.07, 2.29, 4.15});
    expected.put("education", new double[] {2.77, 4.49, 3.28, 6.02, 2.72, 3.91});
    expected.put("financial-services", new double[] {1.88, 3.21, 1.37, 2.71, 4.29, 6.15});
    expected.put("healthcare-human-services", new double[] {4.08, 4.45, 1.90, 4.65, 2.41, 4.22});
    Map<String, String> codes =
        Map.of(
            "agriculture",
            "RIS",
            "education",
            "SAI",
            "financial-services",
            "CES",
            "healthcare-human-services",
            "SIR");
    expected.forEach(
        (id, means) -> {
          OccupationalInterests p = data.interestProfile(ClusterId.of(id)).orElseThrow();
          double[] actual = p.mean().scores();
          for (int t = 0; t < 6; t++) {
            assertEquals(means[t], actual[t], 0.006, id + " " + RiasecType.values()[t]);
          }
          assertEquals(codes.get(id), p.hollandCode(), id);
        });
    assertEquals(
        143,
        data.interestProfile(ClusterId.of("healthcare-human-services"))
            .orElseThrow()
            .occupations());
    assertEquals(
        14, data.interestProfiles().stream().filter(OccupationalInterests::isCluster).count());
    assertEquals(72, data.interestProfiles().stream().filter(p -> !p.isCluster()).count());
  }

  @Test
  void subClusterProfilesAreThere() {
    FrameworkData data = DataLoader.loadDefault();
    OccupationalInterests animals =
        data.interestProfile(SubClusterId.of("animal-systems")).orElseThrow();
    assertEquals(OccupationalInterests.Basis.OCCUPATIONS, animals.basis());
    assertEquals('R', animals.hollandCode().charAt(0));
    OccupationalInterests drones =
        data.interestProfile(SubClusterId.of("uncrewed-vehicle-technology")).orElseThrow();
    assertEquals(OccupationalInterests.Basis.PARENT_CLUSTER, drones.basis());
    assertEquals(
        data.interestProfile(ClusterId.of("digital-technology")).orElseThrow().mean(),
        drones.mean());
  }

  @Test
  void aHandEditedCodeIsRejectedWithItsLine() {
    String text = DataSource.embedded().read(InterestProfilesFile.PATH).orElseThrow();
    String edited = text.replaceFirst("\tRIS\tonet-interests", "\tSIR\tonet-interests");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> InterestProfilesFile.parse(edited));
    assertTrue(
        e.getMessage()
            .matches("interest-profiles.tsv line \\d+ \\(agriculture\\): code SIR disagrees.*"),
        e.getMessage());
    String badNumber = text.replaceFirst("\t5\\.985\t", "\tfive\t");
    e = assertThrows(IllegalArgumentException.class, () -> InterestProfilesFile.parse(badNumber));
    assertTrue(e.getMessage().contains("field mean_R 'five' is not a number"), e.getMessage());
  }
}

package org.careermatch.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The embedded data loads, adds up, and keeps facts a reviewer can check against the sources. */
class DataLoaderTest {
  static FrameworkData data;

  @BeforeAll
  static void load() {
    data = DataLoader.loadDefault();
  }

  @Test
  void countsMatchTheFramework() {
    assertEquals(14, data.clusters().size());
    assertEquals(
        Set.of("digital-technology", "management-entrepreneurship", "marketing-sales"),
        data.clusters().stream()
            .filter(Cluster::crossCutting)
            .map(c -> c.id().value())
            .collect(Collectors.toSet()));
    assertEquals(72, data.subClusters().size());
    assertEquals(851, data.socOccupations().size());
    // 1,946 codes in the crosswalk, less its placeholder 99.9999 "NO MATCH"
    assertEquals(1945, data.programs().size());
    assertTrue(
        data.programs().stream()
            .noneMatch(
                p ->
                    p.code().equals(ProgramOfStudy.NO_MATCH_CODE) || p.title().equals("NO MATCH")));
    assertEquals(16, data.framework("nccf-2002").orElseThrow().groups().size());
    assertEquals(7, data.framework("sacramento-works").orElseThrow().groups().size());
  }

  @Test
  void listingsTheReportMadeInErrorAreKeptButInDoubt() {
    List<ReportOccupation> doubted =
        data.occupations().stream().filter(ReportOccupation::doubted).toList();
    assertEquals(
        Set.of(
            "financial-services:sample:wind-turbine-technician",
            "financial-services:sample:waste-management-specialist"),
        doubted.stream().map(ReportOccupation::id).collect(Collectors.toSet()));
    // each is listed, without doubt, where it belongs
    for (ReportOccupation o : doubted) {
      assertTrue(
          data.occupations().stream()
              .anyMatch(
                  x ->
                      !x.doubted()
                          && x.title().equals(o.title())
                          && x.cluster().value().equals("energy-natural-resources")),
          o.id());
    }
  }

  @Test
  void crosswalkRowsAreAllKept() {
    // 1,203 SOC rows and 4,725 CIP rows; none may be lost (duplicates within a code collapse),
    // except the 39 rows of the placeholder 99.9999 "NO MATCH", one per sub-cluster without a
    // program
    assertEquals(1203, data.socOccupations().stream().mapToInt(o -> o.memberships().size()).sum());
    assertEquals(4725 - 39, data.programs().stream().mapToInt(o -> o.memberships().size()).sum());
  }

  @Test
  void registeredNursesBelongToHealthcare() {
    SocOccupation rn =
        data.socOccupations().stream()
            .filter(o -> o.code().equals("29-1141"))
            .findFirst()
            .orElseThrow();
    assertEquals("Registered Nurses", rn.title());
    assertTrue(
        rn.memberships().stream()
            .anyMatch(m -> m.cluster().value().equals("healthcare-human-services")));
    assertEquals(Provenance.ADVANCE_CTE_CROSSWALK, rn.provenance());
  }

  @Test
  void droneOperatorIsAnEmergingDigitalTechnologyOccupation() {
    ReportOccupation drone =
        data.occupations().stream()
            .filter(
                o ->
                    o.title().equals("Drone Operator")
                        && o.cluster().value().equals("digital-technology"))
            .findFirst()
            .orElseThrow();
    assertEquals(OccupationKind.EMERGING, drone.kind());
    assertEquals(Provenance.REPORT, drone.provenance());
    assertTrue(drone.subClusters().contains(SubClusterId.of("uncrewed-vehicle-technology")));
  }

  @Test
  void crossLinksAreKept() {
    ReportOccupation electrician =
        data.occupations().stream()
            .filter(o -> o.asWritten().equals("Electrician (also in Energy)"))
            .findFirst()
            .orElseThrow();
    assertEquals("Electrician", electrician.title());
    assertEquals(ClusterId.of("construction"), electrician.cluster());
    assertEquals(List.of(ClusterId.of("energy-natural-resources")), electrician.alsoIn());
  }

  @Test
  void skillsAreDeduplicatedAcrossClusters() {
    Skill sql = data.skill("sql").orElseThrow();
    assertTrue(sql.clusters().size() >= 10, "SQL is listed by most clusters: " + sql.clusters());
    Skill hipaa =
        data.skills().stream().filter(s -> s.aliases().contains("HIPPA")).findFirst().orElseThrow();
    assertEquals("HIPAA", hipaa.name());
    long names = data.skills().stream().map(s -> s.name().toLowerCase()).distinct().count();
    assertEquals(data.skills().size(), names, "one record per skill name");
  }

  @Test
  void productNamesAreMarkedAndOtherSkillsAreNot() {
    assertTrue(data.skill("blender").orElseThrow().product(), "Blender is a product");
    assertTrue(data.skill("python").orElseThrow().product(), "Python is a language's name");
    assertFalse(data.skill("sql").orElseThrow().product(), "left out, so false");
    assertFalse(data.skill("accounting-software").orElseThrow().product(), "a kind of software");
  }

  @Test
  void marketingAndSalesHasAuthoredSkills() {
    List<SkillListing> listings =
        data.skills().stream()
            .flatMap(s -> s.listings().stream())
            .filter(l -> l.cluster().value().equals("marketing-sales"))
            .toList();
    assertTrue(listings.size() >= 15, "Marketing & Sales skills: " + listings.size());
    assertTrue(
        listings.stream().allMatch(l -> l.provenance() == Provenance.AUTHORED),
        "the report has no Marketing & Sales skills table, so every listing is authored");
  }

  @Test
  void officialNamesWinAndReportNamesAreAliases() {
    SubCluster ds = data.subCluster(SubClusterId.of("data-science-ai")).orElseThrow();
    assertEquals("Data Science & AI", ds.title());
    assertTrue(
        ds.aliases().stream()
            .anyMatch(a -> a.name().equals("Data Science & Artificial Intelligence")));
    SubCluster teaching =
        data.subCluster(SubClusterId.of("teaching-training-facilitation")).orElseThrow();
    assertEquals("Teaching, Training & Facilitation", teaching.title());
  }

  @Test
  void naicsSectorsComeFromTheCrosswalk() {
    Cluster manufacturing = data.cluster(ClusterId.of("advanced-manufacturing")).orElseThrow();
    assertTrue(manufacturing.naicsSectors().stream().anyMatch(n -> n.code().equals("31-33")));
    Cluster agriculture = data.cluster(ClusterId.of("agriculture")).orElseThrow();
    assertTrue(agriculture.naicsSectors().stream().anyMatch(n -> n.code().equals("11")));
  }

  @Test
  void captionsAndDefinitionsCarryTheirProvenance() {
    Cluster dt = data.cluster(ClusterId.of("digital-technology")).orElseThrow();
    assertEquals("Modernizing Industries and Connecting Communities", dt.caption());
    assertEquals(Provenance.REPORT, dt.provenance());
    assertEquals(Provenance.AUTHORED, dt.definition().provenance());
    for (SubCluster s : data.subClusters()) {
      assertEquals(Provenance.AUTHORED, s.description().provenance(), s.id().value());
    }
  }

  @Test
  void unmannedVehiclesApplyInElevenClusters() {
    assertEquals(11, data.applications().size());
    CrossCuttingApplication health =
        data.applications().stream()
            .filter(a -> a.cluster().value().equals("healthcare-human-services"))
            .findFirst()
            .orElseThrow();
    assertEquals("Medical Drone Logistics Coordinator", health.sampleJobTitle());
    assertEquals(ClusterId.of("digital-technology"), health.crossCutting());
  }

  @Test
  void everySubClusterHasInterestPhrases() {
    for (SubCluster s : data.subClusters()) {
      long n = data.interests().stream().filter(i -> i.subCluster().equals(s.id())).count();
      assertTrue(n >= 12, s.id() + " has " + n + " interest phrases");
    }
  }

  @Test
  void frameworksMapTo2024() {
    Framework f2002 = data.framework("nccf-2002").orElseThrow();
    FrameworkGroup health =
        f2002.groups().stream()
            .filter(g -> g.title().equals("Health Science"))
            .findFirst()
            .orElseThrow();
    assertTrue(
        health.mapsTo().stream()
            .anyMatch(m -> m.cluster().value().equals("healthcare-human-services")));
    assertFalse(health.pathways().isEmpty());
    Framework f2024 = data.frameworks().get(0);
    assertEquals(Framework.NCCF_2024, f2024.id());
    assertEquals(14, f2024.groups().size());
    assertTrue(data.framework("joco-works").isPresent());
  }

  @Test
  void recordsAreImmutable() {
    assertThrows(
        UnsupportedOperationException.class, () -> data.clusters().add(data.clusters().get(0)));
    assertThrows(
        UnsupportedOperationException.class, () -> data.skills().get(0).listings().clear());
  }
}

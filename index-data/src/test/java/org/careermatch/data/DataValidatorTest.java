package org.careermatch.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each kind of broken data is rejected with a message that names the record. */
class DataValidatorTest {
  static FrameworkData data;
  static final DataValidator validator = new DataValidator(DataValidator.Expectations.NATIONAL);

  @BeforeAll
  static void load() {
    data = DataLoader.loadDefault();
  }

  private static void assertRejected(FrameworkData broken, String expectedFragment) {
    List<String> problems = validator.validate(broken);
    assertTrue(
        problems.stream().anyMatch(p -> p.contains(expectedFragment)),
        "expected a problem containing '" + expectedFragment + "' but got " + problems);
  }

  @Test
  void theEmbeddedDataIsValid() {
    assertEquals(List.of(), validator.validate(data));
  }

  @Test
  void rejectsDuplicateIds() {
    List<Skill> skills = new ArrayList<>(data.skills());
    skills.add(skills.get(0));
    assertRejected(
        data.with(new FrameworkData.Parts().skills(skills)),
        "duplicate skill id " + skills.get(0).id());
  }

  @Test
  void rejectsDanglingReferences() {
    List<PlaceOfWork> places = new ArrayList<>(data.places());
    places.add(
        new PlaceOfWork(
            "nowhere:place:x", "X", ClusterId.of("underwater-basket-weaving"), Provenance.REPORT));
    assertRejected(
        data.with(new FrameworkData.Parts().places(places)),
        "place of work nowhere:place:x refers to unknown cluster underwater-basket-weaving");
  }

  @Test
  void rejectsSubClusterWithoutParent() {
    List<SubCluster> subs = new ArrayList<>(data.subClusters());
    SubCluster s = subs.remove(0);
    subs.add(
        0,
        new SubCluster(
            s.id(),
            ClusterId.of("no-such-cluster"),
            s.title(),
            s.aliases(),
            s.naicsSectors(),
            s.description(),
            s.provenance()));
    assertRejected(
        data.with(new FrameworkData.Parts().subClusters(subs)),
        "sub-cluster " + s.id() + " has no parent");
  }

  @Test
  void rejectsClusterWithoutSkills() {
    List<Skill> skills =
        data.skills().stream()
            .filter(s -> !s.clusters().contains(ClusterId.of("education")))
            .toList();
    assertRejected(
        data.with(new FrameworkData.Parts().skills(skills)), "cluster education has no skills");
  }

  @Test
  void rejectsClusterWithoutOccupations() {
    List<ReportOccupation> occupations =
        data.occupations().stream()
            .filter(o -> !o.cluster().value().equals("agriculture"))
            .toList();
    assertRejected(
        data.with(new FrameworkData.Parts().occupations(occupations)),
        "cluster agriculture has no occupations");
  }

  @Test
  void rejectsIdsNotInIdsTsv() {
    List<Cluster> clusters = new ArrayList<>(data.clusters());
    Cluster c = clusters.remove(0);
    clusters.add(
        new Cluster(
            ClusterId.of("made-up-cluster"),
            c.title(),
            c.aliases(),
            c.caption(),
            c.crossCutting(),
            c.naicsSectors(),
            c.definition(),
            c.provenance()));
    FrameworkData broken = data.with(new FrameworkData.Parts().clusters(clusters));
    assertRejected(broken, "cluster made-up-cluster is not in ids.tsv");
    assertRejected(broken, "cluster " + c.id() + " of ids.tsv is missing");
  }

  @Test
  void rejectsLostRows() {
    List<SocOccupation> soc = data.socOccupations().subList(0, 850);
    assertRejected(
        data.with(new FrameworkData.Parts().socOccupations(soc)),
        "expected 851 SOC occupations, found 850");
    List<ProgramOfStudy> cip = data.programs().subList(1, 1945);
    assertRejected(
        data.with(new FrameworkData.Parts().programs(cip)),
        "expected 1945 CIP programs, found 1944");
  }

  @Test
  void rejectsMembershipInTheWrongCluster() {
    List<SocOccupation> soc = new ArrayList<>(data.socOccupations());
    SocOccupation o = soc.remove(0);
    soc.add(
        0,
        new SocOccupation(
            o.code(),
            o.title(),
            List.of(
                new Membership(ClusterId.of("agriculture"), SubClusterId.of("data-science-ai"))),
            o.provenance()));
    assertRejected(
        data.with(new FrameworkData.Parts().socOccupations(soc)),
        "sub-cluster data-science-ai belongs to digital-technology, not agriculture");
  }

  @Test
  void rejectsFrameworkGroupsWithoutMapping() {
    List<Framework> frameworks = new ArrayList<>(data.frameworks());
    Framework local = data.framework("sacramento-works").orElseThrow();
    List<FrameworkGroup> groups = new ArrayList<>(local.groups());
    FrameworkGroup g = groups.remove(0);
    groups.add(
        0,
        new FrameworkGroup(
            g.id(),
            g.title(),
            g.description(),
            g.provenance(),
            g.includes(),
            List.of(),
            g.pathways()));
    frameworks.set(
        frameworks.indexOf(local),
        new Framework(
            local.id(), local.name(), local.kind(), local.source(), local.provenance(), groups));
    assertRejected(
        data.with(new FrameworkData.Parts().frameworks(frameworks)),
        "framework sacramento-works group " + g.id() + " maps to no 2024 cluster");
  }

  @Test
  void rejectsTooFewInterestPhrases() {
    List<InterestPhrase> interests =
        data.interests().stream()
            .filter(i -> !i.subCluster().value().equals("water-systems"))
            .toList();
    assertRejected(
        data.with(new FrameworkData.Parts().interests(interests)),
        "sub-cluster water-systems has 0 interest phrases");
  }

  @Test
  void rejectsAMissingInterestProfile() {
    List<org.careermatch.data.interest.OccupationalInterests> profiles =
        data.interestProfiles().stream().filter(x -> !x.id().equals("robotics")).toList();
    assertRejected(
        data.with(new FrameworkData.Parts().interestProfiles(profiles)),
        "interest-profiles.tsv: sub-cluster robotics has no interest profile (regenerate it with ./mvnw");
  }

  @Test
  void rejectsTooFewEverydayCues() {
    List<org.careermatch.data.interest.InterestCue> cues =
        data.interestCues().stream()
            .filter(
                c ->
                    !(c.type() == org.careermatch.data.interest.RiasecType.ARTISTIC
                        && c.provenance() == Provenance.AUTHORED))
            .toList();
    assertRejected(
        data.with(new FrameworkData.Parts().interestCues(cues)),
        "interest-cues.yaml: type artistic has 0 everyday cues, expected at least 20");
  }

  @Test
  void rejectsALinkToASubClusterOfAnotherCluster() {
    List<Subject> subjects = new ArrayList<>(data.subjects());
    Subject s = subjects.remove(0);
    subjects.add(
        0,
        new Subject(
            s.id(),
            s.name(),
            s.kind(),
            s.aliases(),
            List.of(
                new ClusterLink(
                    ClusterId.of("agriculture"), SubClusterId.of("data-science-ai"), 0.5)),
            s.types(),
            s.provenance()));
    assertRejected(
        data.with(new FrameworkData.Parts().subjects(subjects)),
        "subjects.yaml subject "
            + s.id()
            + " field 'links': sub-cluster data-science-ai belongs to digital-technology, not agriculture");
  }
}

package org.careermatch.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.careermatch.engine.explain.Evidence;
import org.junit.jupiter.api.Test;

/** End-to-end answers on the real data that a counselor would expect. */
class GoldenMatchTest {
  private final Engine engine = SharedEngine.get();

  private String first(LearnerProfile p) {
    return engine.match(p).clusters().get(0).id();
  }

  @Test
  void animalsAndOutdoorsPointToAgriculture() {
    assertEquals(
        "agriculture", first(LearnerProfile.of("I love animals and want to work outside")));
  }

  @Test
  void dataSkillsPointToDigitalTechnology() {
    assertEquals("digital-technology", first(LearnerProfile.of("", "Python", "SQL", "Tableau")));
  }

  @Test
  void misspelledNursePointsToHealthcare() {
    assertEquals("healthcare-human-services", first(LearnerProfile.of("nurce")));
    assertEquals(
        "healthcare-human-services", first(LearnerProfile.of("i want to be a nurseing student")));
  }

  @Test
  void typoInASkillIsCorrectedAndSaidSo() {
    MatchResult r = engine.match(LearnerProfile.of("", "pyhton"));
    ClusterMatch dt =
        r.clusters().stream()
            .filter(c -> c.id().equals("digital-technology"))
            .findFirst()
            .orElseThrow();
    List<Evidence> evidence = new ArrayList<>();
    dt.explanation()
        .forEachLeaf(
            l -> {
              if (l.evidence() != null) {
                evidence.add(l.evidence());
              }
            });
    assertTrue(
        evidence.stream()
            .anyMatch(
                e -> "pyhton".equals(e.correctedFrom()) && e.matchedTerms().contains("python")),
        "evidence: " + evidence);
  }

  @Test
  void everyClusterIsReturnedRankedWithTiesById() {
    MatchResult r = engine.match(LearnerProfile.of("welding"));
    assertEquals(14, r.clusters().size());
    for (int i = 1; i < r.clusters().size(); i++) {
      ClusterMatch a = r.clusters().get(i - 1);
      ClusterMatch b = r.clusters().get(i);
      assertTrue(
          a.score() > b.score() || (a.score() == b.score() && a.id().compareTo(b.id()) < 0),
          a.id() + " / " + b.id());
    }
  }

  @Test
  void aClusterCarriesSubClustersOccupationsAndSkillsToExplore() {
    ClusterMatch top =
        engine.match(LearnerProfile.of("I want to fly drones", "Python")).clusters().get(0);
    assertEquals("digital-technology", top.id());
    assertEquals("uncrewed-vehicle-technology", top.subClusters().get(0).id());
    assertFalse(top.occupations().isEmpty());
    assertTrue(
        top.emergingOccupations().stream().allMatch(ClusterMatch.OccupationSuggestion::emerging));
    assertTrue(
        top.emergingOccupations().stream().anyMatch(o -> o.title().equals("Drone Operator")),
        "emerging: " + top.emergingOccupations());
    assertTrue(top.skillsToExplore().stream().noneMatch(s -> s.name().equalsIgnoreCase("Python")));
    assertFalse(top.skillsToExplore().isEmpty());
  }

  @Test
  void skillsToExploreStartWithTheOnesTheInterestsCameCloseTo() {
    for (Engine e : List.of(engine, SharedEngine.lexical())) {
      ClusterMatch arts =
          cluster(
              e.match(LearnerProfile.of("I want to make video games")),
              "arts-entertainment-design");
      assertTrue(
          arts.skillsToExplore().get(0).name().contains("Game"),
          "skills to explore: " + arts.skillsToExplore());
      // without such evidence the cluster's most specific skills are offered, in a fixed order: the
      // same for two
      // learners whose skills are far from the cluster and from each other
      ClusterMatch plain =
          cluster(e.match(LearnerProfile.of("", "welding")), "arts-entertainment-design");
      ClusterMatch other =
          cluster(e.match(LearnerProfile.of("", "accounting")), "arts-entertainment-design");
      assertEquals(plain.skillsToExplore(), other.skillsToExplore());
      assertFalse(
          plain.skillsToExplore().get(0).name().contains("Game"),
          "skills: " + plain.skillsToExplore());
      assertFalse(
          arts.skillsToExplore().equals(plain.skillsToExplore()), "the interests changed nothing");
    }
  }

  @Test
  void crossCuttingClusterNamesWhereItApplies() {
    LearnerProfile p =
        LearnerProfile.of("delivering medical supplies with drones to hospitals and clinics");
    ClusterMatch dt = cluster(engine.match(p), "digital-technology");
    assertTrue(
        dt.appliesIn().stream()
            .anyMatch(
                a ->
                    a.clusterId().equals("healthcare-human-services")
                        && a.sampleJobTitles().contains("Medical Drone Logistics Coordinator")),
        "appliesIn: " + dt.appliesIn());
  }

  @Test
  void crossCuttingBoostIsALineOfItsOwnAndZeroTurnsItOff() {
    LearnerProfile p =
        LearnerProfile.of("delivering medical supplies with drones to hospitals and clinics");
    Engine boosted = engine.withConfig(engine.config().withCrossCuttingBoost(0.5));
    Engine off = engine.withConfig(engine.config().withCrossCuttingBoost(0));
    ClusterMatch withBoost = cluster(boosted.match(p), "digital-technology");
    ClusterMatch without = cluster(off.match(p), "digital-technology");
    assertTrue(withBoost.score() > without.score(), withBoost.score() + " vs " + without.score());
    assertTrue(
        withBoost.explanation().children().stream().anyMatch(GoldenMatchTest::isBoost),
        withBoost.explanation().toString());
    assertTrue(without.explanation().children().stream().noneMatch(GoldenMatchTest::isBoost));
    // industry clusters are never boosted
    assertEquals(
        cluster(off.match(p), "healthcare-human-services").score(),
        cluster(boosted.match(p), "healthcare-human-services").score(),
        1e-12);
  }

  private static boolean isBoost(org.careermatch.engine.explain.Explanation line) {
    return line.evidence() != null && line.evidence().kind() == Evidence.Kind.CROSS_CUTTING;
  }

  private static ClusterMatch cluster(MatchResult r, String id) {
    return r.clusters().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
  }

  /**
   * Lucene's query syntax means nothing in a learner's text: its characters are punctuation and its
   * operators words, so matching by words ranks exactly as for the same words without the syntax (a
   * boost's number stays a word). The model reads the text as typed, so the default engine is only
   * asked to answer it.
   */
  @Test
  void querySyntaxIsJustWords() {
    Map<String, String> sameWords =
        Map.of(
            "title:(a OR * \"unclosed [brackets\\", "title a OR unclosed brackets",
            "title:(welding OR metal*) AND \"fabrication [repair\\",
                "title welding OR metal AND fabrication repair",
            "I want to fix* cars~ AND +trucks OR -engines^2 outside",
                "I want to fix cars AND trucks OR engines 2 outside");
    Engine words = SharedEngine.lexical();
    sameWords.forEach(
        (syntax, plain) -> {
          MatchResult a = words.match(LearnerProfile.of(syntax));
          MatchResult b = words.match(LearnerProfile.of(plain));
          assertEquals(
              b.clusters().stream().map(ClusterMatch::id).toList(),
              a.clusters().stream().map(ClusterMatch::id).toList(),
              syntax);
          assertEquals(
              b.clusters().stream().map(ClusterMatch::score).toList(),
              a.clusters().stream().map(ClusterMatch::score).toList(),
              syntax);
          assertTrue(a.clusters().get(0).score() > 0, "found by its words: " + syntax);
          MatchResult meaning = engine.match(LearnerProfile.of(syntax));
          assertEquals(14, meaning.clusters().size(), syntax);
          assertTrue(
              meaning.clusters().stream().allMatch(c -> c.explanation().addsUp(1e-9)), syntax);
        });
  }

  @Test
  void otherFrameworksAnswerInTheirOwnGroups() {
    MatchResult sac =
        engine.match(
            LearnerProfile.of("I want to work in a hospital as a nurse")
                .inFramework("sacramento-works"));
    assertEquals(7, sac.clusters().size());
    assertEquals("health-services-life-sciences", sac.clusters().get(0).id());
    assertTrue(sac.clusters().get(0).explanation().addsUp(1e-9));
    MatchResult old =
        engine.match(LearnerProfile.of("fixing engines and trucks").inFramework("nccf-2002"));
    assertEquals(16, old.clusters().size());
    assertEquals("transportation-distribution-logistics", old.clusters().get(0).id());
  }

  @Test
  void unknownFrameworkIsRejectedWithTheKnownOnes() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> engine.match(LearnerProfile.of("art").inFramework("atlantis")));
    assertTrue(
        e.getMessage().contains("'atlantis'") && e.getMessage().contains("sacramento-works"),
        e.getMessage());
  }
}

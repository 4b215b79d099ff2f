package org.careermatch.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.careermatch.engine.explain.Evidence;
import org.careermatch.engine.explain.Explanation;
import org.junit.jupiter.api.Test;

/**
 * Where a function meets an industry, both are shown, linked (issue "the cross-cutting layer acts
 * by default").
 */
class CrossCuttingGoldenTest {
  private final Engine engine = SharedEngine.get();

  private static ClusterMatch cluster(MatchResult r, String id) {
    return r.clusters().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
  }

  private static List<String> top3(MatchResult r) {
    return r.clusters().subList(0, 3).stream().map(ClusterMatch::id).toList();
  }

  private static boolean boosted(ClusterMatch c) {
    return c.explanation().children().stream()
        .map(Explanation::evidence)
        .anyMatch(e -> e != null && e.kind() == Evidence.Kind.CROSS_CUTTING);
  }

  @Test
  void theBoostIsOnByDefault() {
    assertTrue(EngineConfig.defaults().crossCuttingBoost() > 0);
  }

  @Test
  void codingForAHospital() {
    MatchResult r =
        engine.match(LearnerProfile.of("i code little apps and i want to work in a hospital"));
    assertTrue(
        top3(r).containsAll(List.of("digital-technology", "healthcare-human-services")),
        "top: " + top3(r));
    ClusterMatch dt = cluster(r, "digital-technology");
    assertTrue(
        dt.appliesIn().stream().anyMatch(a -> a.clusterId().equals("healthcare-human-services")),
        "appliesIn: " + dt.appliesIn());
    assertFalse(
        dt.appliesIn().stream()
            .flatMap(a -> a.sampleJobTitles().stream())
            .anyMatch(t -> t.contains("Drone")),
        "appliesIn: " + dt.appliesIn());
  }

  @Test
  void aBakeryOfMyOwn() {
    MatchResult r = engine.match(LearnerProfile.of("i want to open my own bakery some day"));
    assertTrue(
        top3(r).containsAll(List.of("hospitality-events-tourism", "management-entrepreneurship")),
        "top: " + top3(r));
  }

  @Test
  void socialMediaForARestaurant() {
    MatchResult r =
        engine.match(LearnerProfile.of("i run the instagram and tiktok for my mom's restaurant"));
    assertTrue(top3(r).contains("marketing-sales"), "top: " + top3(r));
    assertTrue(
        cluster(r, "marketing-sales").appliesIn().stream()
            .anyMatch(a -> a.clusterId().equals("hospitality-events-tourism")),
        "appliesIn: " + cluster(r, "marketing-sales").appliesIn());
  }

  @Test
  void aFunctionWithoutAnIndustryIsNotBoosted() {
    MatchResult r = engine.match(LearnerProfile.of("i like coding"));
    assertFalse(
        boosted(cluster(r, "digital-technology")),
        cluster(r, "digital-technology").explanation().toString());
    for (ClusterMatch c : r.clusters()) {
      if (!c.crossCutting()) {
        assertFalse(boosted(c), c.id());
      }
    }
  }
}

package org.careermatch.engine.rank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.careermatch.data.ClusterId;
import org.careermatch.data.SubClusterId;
import org.careermatch.engine.EngineConfig;
import org.careermatch.engine.LearnerProfile;
import org.careermatch.engine.index.EntityIndex;
import org.careermatch.engine.index.EntityType;
import org.careermatch.engine.index.EvidenceDoc;
import org.careermatch.engine.query.UnitExtractor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Aggregation on a small fixture index, where every number can be followed by hand. */
class EvidenceAggregatorTest {
  static final ClusterId FARM = ClusterId.of("farm");
  static final ClusterId TECH = ClusterId.of("tech");
  static final ClusterId CARE = ClusterId.of("care");
  static EntityIndex index;

  @BeforeAll
  static void build() {
    index =
        EntityIndex.build(
            List.of(
                doc(
                    "a",
                    EntityType.OCCUPATION,
                    "Animal Breeder",
                    List.of(FARM),
                    List.of("animals")),
                doc(
                    "b",
                    EntityType.OCCUPATION,
                    "Animal Science Technician",
                    List.of(FARM),
                    List.of("animals")),
                doc("c", EntityType.OCCUPATION, "Animal Control Worker", List.of(CARE), List.of()),
                doc("d", EntityType.SKILL, "Python", List.of(FARM, TECH, CARE), List.of()),
                doc("e", EntityType.SKILL, "Tableau", List.of(TECH), List.of()),
                doc(
                    "f",
                    EntityType.INTEREST,
                    "coding games in python",
                    List.of(TECH),
                    List.of("software"))));
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  static EvidenceDoc doc(
      String id, EntityType type, String text, List<ClusterId> clusters, List<String> subs) {
    return new EvidenceDoc(
        id, text, type, "title", text, clusters, subs.stream().map(SubClusterId::of).toList());
  }

  private EvidenceTable aggregate(EngineConfig config, LearnerProfile profile) {
    UnitExtractor extractor = new UnitExtractor(index, config);
    UnitExtractor.Extraction e = extractor.extract(profile);
    return new EvidenceAggregator(index, config, 3, 2).aggregate(e.units(), e.sources().size());
  }

  @Test
  void anInputCountsItsBestMatchInFullAndFurtherMatchesDecayed() {
    EngineConfig config = EngineConfig.defaults();
    EvidenceTable t = aggregate(config, LearnerProfile.of("animal"));
    List<Contribution> farm = t.of(FARM);
    assertEquals(1, farm.size(), "one input, one contribution per cluster");
    Contribution c = farm.get(0);
    assertEquals(2, c.matches());
    // value = best + decay * second, each relevance * weight
    double second = t.of(SubClusterId.of("animals")).get(0).value() - c.relevance() * c.weight();
    assertTrue(second > 0);
    assertTrue(c.value() > c.relevance() * c.weight(), "further matches add");
    assertTrue(t.raw(FARM) > t.raw(CARE), "two animal occupations outweigh one");
  }

  @Test
  void evidenceSharedByEveryClusterIsDamped() {
    EngineConfig config = EngineConfig.defaults();
    EvidenceTable t = aggregate(config, LearnerProfile.of("", "Python"));
    // Python is listed by all 3 clusters of the fixture: log((3+1)/3)/log(3+1) = 0.2075 of its
    // weight
    Contribution farm = t.of(FARM).get(0);
    double expected =
        config.weight(EntityType.SKILL)
            * config.skillToSkillBoost()
            * (Math.log(4.0 / 3) / Math.log(4));
    assertEquals(expected, farm.weight(), 1e-9);
    // the interest phrase mentioning python is specific to tech, so tech wins
    assertTrue(t.raw(TECH) > t.raw(FARM));
  }

  @Test
  void repeatingAWordDoesNotRepeatItsEvidence() {
    EngineConfig config = EngineConfig.defaults();
    double once = aggregate(config, LearnerProfile.of("animal")).raw(FARM);
    double thrice = aggregate(config, LearnerProfile.of("animal animal animal")).raw(FARM);
    assertEquals(once, thrice, 1e-12);
  }

  @Test
  void aListedSkillMatchingASkillEntityIsRecorded() {
    EvidenceTable t = aggregate(EngineConfig.defaults(), LearnerProfile.of("", "tableau"));
    assertEquals(java.util.Set.of("e"), t.matchedSkills());
    assertTrue(t.raw(TECH) > 0);
    assertEquals(0, t.raw(FARM));
  }
}

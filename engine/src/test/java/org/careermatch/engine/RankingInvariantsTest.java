package org.careermatch.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.careermatch.data.FrameworkData;
import org.careermatch.data.InterestPhrase;
import org.careermatch.data.Skill;
import org.careermatch.engine.explain.Explanation;
import org.junit.jupiter.api.Test;

/**
 * Randomized invariants over profiles built from the data's own vocabulary, with a fixed default
 * seed; other draws with {@code -Dcareermatch.seed=N} ({@link TestSeeds}). Every failure message
 * names the seed.
 */
class RankingInvariantsTest {
  private static final int PROFILES = 60;
  private final Engine engine = SharedEngine.get();
  private final FrameworkData data = engine.data();
  private final long seed = TestSeeds.seed();

  private LearnerProfile randomProfile(Random r) {
    StringBuilder interests = new StringBuilder();
    int phrases = r.nextInt(4);
    for (int i = 0; i < phrases; i++) {
      InterestPhrase p = data.interests().get(r.nextInt(data.interests().size()));
      interests.append(p.text()).append(r.nextBoolean() ? ", " : " and ");
    }
    if (r.nextInt(4) == 0) {
      interests.append(typo("i really like helping people", r));
    }
    List<String> skills = new ArrayList<>();
    int n = r.nextInt(4);
    for (int i = 0; i < n; i++) {
      skills.add(data.skills().get(r.nextInt(data.skills().size())).name());
    }
    if (interests.length() == 0 && skills.isEmpty()) {
      skills.add("Python");
    }
    return new LearnerProfile(interests.toString(), skills, null);
  }

  private static String typo(String s, Random r) {
    int i = 1 + r.nextInt(s.length() - 2);
    return s.substring(0, i) + s.charAt(i + 1) + s.charAt(i) + s.substring(i + 2);
  }

  @Test
  void scoresAreFiniteBoundedAndExplanationsAddUp() {
    Random r = new Random(seed);
    for (int i = 0; i < PROFILES; i++) {
      LearnerProfile p = randomProfile(r);
      for (String framework : List.of("nccf-2024", "nccf-2002", "sacramento-works", "joco-works")) {
        MatchResult result = engine.match(p.inFramework(framework));
        for (ClusterMatch c : result.clusters()) {
          String where = "seed " + seed + ", profile " + p + ", " + framework + "/" + c.id();
          assertTrue(Double.isFinite(c.score()) && c.score() >= 0 && c.score() <= 100, where);
          assertEquals(c.score(), c.explanation().value(), 1e-9, where + "\n" + c.explanation());
          assertTrue(c.explanation().addsUp(1e-9), where + "\n" + c.explanation());
          for (ClusterMatch.SubClusterMatch s : c.subClusters()) {
            assertEquals(s.score(), s.explanation().value(), 1e-9, where + "/" + s.id());
            assertTrue(s.explanation().addsUp(1e-9), where + "/" + s.id());
          }
        }
      }
    }
  }

  @Test
  void listingFewerGroupsChangesNothingButTheListsBelowThem() {
    Random r = new Random(seed);
    for (int i = 0; i < PROFILES; i++) {
      LearnerProfile p = randomProfile(r);
      int listed = r.nextInt(16);
      for (String framework : List.of("nccf-2024", "sacramento-works")) {
        LearnerProfile q = p.inFramework(framework);
        MatchResult all = engine.match(q);
        MatchResult some = engine.match(q, listed);
        String where = "seed " + seed + ", profile " + p + ", " + framework + ", listed " + listed;
        assertEquals(all.understood(), some.understood(), where);
        assertEquals(all.unmatched(), some.unmatched(), where);
        assertEquals(all.interestProfile(), some.interestProfile(), where);
        assertEquals(all.clusters().size(), some.clusters().size(), where);
        for (int k = 0; k < all.clusters().size(); k++) {
          ClusterMatch a = all.clusters().get(k);
          ClusterMatch b = some.clusters().get(k);
          if (k < listed) {
            assertEquals(a, b, where + ", rank " + (k + 1));
          } else {
            // the same group, score, fit and explanation, with empty lists
            assertEquals(a.withSuggestions(List.of(), List.of(), List.of(), List.of()), b, where);
          }
        }
      }
    }
  }

  @Test
  void aNegativeListCountIsRefusedByName() {
    IllegalArgumentException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class, () -> engine.match(LearnerProfile.of("welding"), -1));
    assertTrue(e.getMessage().contains("listed must be >= 0 (was -1)"), e.getMessage());
  }

  @Test
  void addingAMatchingSkillNeverLowersThatClustersScore() {
    Random r = new Random(seed);
    for (int i = 0; i < PROFILES; i++) {
      LearnerProfile p = randomProfile(r);
      Skill skill = data.skills().get(r.nextInt(data.skills().size()));
      if (p.skills().size() >= LearnerProfile.MAX_SKILLS) {
        continue;
      }
      List<String> more = new ArrayList<>(p.skills());
      more.add(skill.name());
      MatchResult before = engine.match(p);
      MatchResult after = engine.match(new LearnerProfile(p.interests(), more, null));
      for (var cluster : skill.clusters()) {
        double b = score(before, cluster.value());
        double a = score(after, cluster.value());
        assertTrue(
            a >= b - 1e-9,
            "seed "
                + seed
                + ": adding skill "
                + skill.name()
                + " to "
                + p
                + " lowered "
                + cluster
                + " from "
                + b
                + " to "
                + a);
      }
    }
  }

  @Test
  void sameInputSameOutput() {
    Random r = new Random(seed);
    for (int i = 0; i < 20; i++) {
      LearnerProfile p = randomProfile(r);
      assertEquals(engine.match(p), engine.match(p), "seed " + seed + ", profile " + p);
    }
  }

  @Test
  void rankingIsByScoreThenId() {
    Random r = new Random(seed);
    for (int i = 0; i < PROFILES; i++) {
      List<ClusterMatch> cs = engine.match(randomProfile(r)).clusters();
      for (int k = 1; k < cs.size(); k++) {
        ClusterMatch a = cs.get(k - 1);
        ClusterMatch b = cs.get(k);
        assertTrue(
            a.score() > b.score() || (a.score() == b.score() && a.id().compareTo(b.id()) < 0),
            "seed " + seed + ": " + a.id() + " before " + b.id());
      }
    }
  }

  private static double score(MatchResult r, String id) {
    return r.clusters().stream()
        .filter(c -> c.id().equals(id))
        .mapToDouble(ClusterMatch::score)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void explanationEvidenceNamesTheInput() {
    MatchResult r = engine.match(LearnerProfile.of("taking care of animals on a farm"));
    Explanation e = r.clusters().get(0).explanation();
    List<String> inputs = new ArrayList<>();
    e.forEachLeaf(
        l -> {
          if (l.evidence() != null) {
            inputs.add(l.evidence().input());
          }
        });
    assertTrue(inputs.contains("animals") || inputs.contains("farm"), "inputs: " + inputs);
  }
}

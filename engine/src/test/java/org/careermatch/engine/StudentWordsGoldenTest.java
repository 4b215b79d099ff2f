package org.careermatch.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.careermatch.engine.explain.Evidence;
import org.careermatch.engine.explain.Explanation;
import org.junit.jupiter.api.Test;

/**
 * What a student reads (issue "every reason a student sees must look right"): the examples a new
 * user tried, each spurious reason named there gone, vague input said to be not understood, fits
 * that separate.
 */
class StudentWordsGoldenTest {
  private final Engine engine = SharedEngine.get();

  private static List<Evidence> evidence(ClusterMatch c) {
    List<Evidence> out = new ArrayList<>();
    c.explanation()
        .forEachLeaf(
            l -> {
              if (l.evidence() != null) {
                out.add(l.evidence());
              }
            });
    return out;
  }

  private static List<Evidence> evidence(MatchResult r) {
    List<Evidence> out = new ArrayList<>();
    r.clusters().forEach(c -> out.addAll(evidence(c)));
    return out;
  }

  private static ClusterMatch cluster(MatchResult r, String id) {
    return r.clusters().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
  }

  private static List<String> top(MatchResult r, int n) {
    return r.clusters().subList(0, n).stream().map(ClusterMatch::id).toList();
  }

  /** No line counts this word, alone, as a match. */
  private static void noWordReason(MatchResult r, String word) {
    for (Evidence e : evidence(r)) {
      assertFalse(
          e.kind() == Evidence.Kind.WORD && e.input().equalsIgnoreCase(word),
          "'" + word + "' counted: " + e.entityTitle());
    }
  }

  /** No line pairs this input with an entity whose title contains this text. */
  private static void noReason(MatchResult r, String input, String entityTitlePart) {
    for (Evidence e : evidence(r)) {
      boolean same = e.input().toLowerCase(Locale.ROOT).contains(input.toLowerCase(Locale.ROOT));
      boolean entity =
          e.entityTitle() != null
              && e.entityTitle()
                  .toLowerCase(Locale.ROOT)
                  .contains(entityTitlePart.toLowerCase(Locale.ROOT));
      assertFalse(same && entity, "'" + input + "' still matches '" + e.entityTitle() + "'");
    }
  }

  @Test
  void theReadmeExampleRanksArtsOrDigitalTechnologyFirstWithPythonAndCprVisible() {
    MatchResult r =
        engine.match(
            LearnerProfile.of(
                "I like drawing and video games, I help at my uncle's garage",
                "Python",
                "CPR",
                "customer service"));
    assertTrue(
        List.of("arts-entertainment-design", "digital-technology")
            .contains(r.clusters().get(0).id()),
        "top: " + top(r, 3));
    // not met yet: Construction stays 2nd (68.0 against Arts 75.3), carried by several loose
    // matches that agree: 'I like drawing' ~ "drawing cool buildings" (0.75), the garage clause ~
    // "fixing things around the house" (0.69) and 9 more home projects, 'video games' ~ "playing
    // cities skylines" (0.68), the listed skill Customer Service. Measured remedies (a margin below
    // each clause's best match, at 0.08-0.15 overall or for short clauses only; a per-source cap;
    // a sub-cluster focus bonus) cost the student suites 0.01-0.02 nDCG@3 or kept it in the top 3:
    // see issue 12's closing notes
    assertTrue(
        evidence(cluster(r, "digital-technology")).stream()
            .anyMatch(e -> e.input().equals("Python")));
    assertTrue(
        evidence(cluster(r, "healthcare-human-services")).stream()
            .anyMatch(e -> e.input().equals("CPR")));
    noReason(r, "customer service", "Customs Broker");
    noReason(r, "customer service", "customizing");
    noReason(r, "video games", "loading trucks");
  }

  @Test
  void aSkillMatchesWholeWordsNotAStemOrAPrefix() {
    MatchResult r = engine.match(LearnerProfile.of("", "cpr certification"));
    noReason(r, "cpr certification", "ASE Certification");
    // "aided" is not "aid": first aid is no Computer-Aided Design
    MatchResult aid = engine.match(LearnerProfile.of("I like helping people", "first aid"));
    noReason(aid, "first aid", "Computer-Aided");
  }

  @Test
  void fillerAndHedgesAreNoEvidence() {
    MatchResult animals = engine.match(LearnerProfile.of("I love animals and being outside"));
    assertTrue(
        evidence(animals).stream()
            .noneMatch(e -> e.kind() == Evidence.Kind.WORD && e.input().equals("being")));
    noReason(animals, "animals", "Environmental Science Teachers");
    MatchResult unsure =
        engine.match(LearnerProfile.of("not sure, i like talking to people and i'm good at math"));
    for (Evidence e : evidence(unsure)) {
      assertFalse(
          e.input().equals("not sure") || e.input().equals("sure") || e.input().equals("help"),
          "a hedge counted: " + e.input() + " -> " + e.entityTitle());
    }
  }

  @Test
  void relativeWordsPrepositionsAndLightVerbsAreNoEvidence() {
    // each of these words, alone, used to be a reason: 'use' ~ "using a survey transit", 'got' ~
    // "how founders got rich", 'through' ~ "talking people through their stuff", 'after' ~
    // "helping after a car crash", 'who' ~ "helping people who get treated unfairly", 'go' ~
    // "going to open houses", 'how' ~ "how babies learn", 'where' ~ "where tax money goes"
    MatchResult r =
        engine.match(
            LearnerProfile.of(
                "i got a camera after my birthday and i use it through the summer with friends"
                    + " who like videos, we go where the light is and have a look how it turns out"
                    + " from every angle"));
    for (Evidence e : evidence(r)) {
      if (e.kind() == Evidence.Kind.WORD) {
        assertFalse(
            List.of("got", "after", "use", "through", "who", "go", "where", "have", "how", "from")
                .contains(e.input()),
            "a word that says nothing counted: " + e.input() + " -> " + e.entityTitle());
      }
    }
    noReason(r, "use", "survey");
    noReason(r, "got", "founders");
  }

  @Test
  void theWordWhatSaysNothing() {
    // 'what' ~ "life insurance", "spotting trends": Marketing & Sales came third for a nurse
    MatchResult r = engine.match(LearnerProfile.of("I know what I want: nursing"));
    noWordReason(r, "what");
    assertEquals("healthcare-human-services", r.clusters().get(0).id());
  }

  @Test
  void chatSpellingsAreReadAsMeant() {
    // 'rly' was corrected to the skill R (Digital Technology, Agriculture); 'cookin' to "cookie"
    MatchResult r = engine.match(LearnerProfile.of("i rly like cookin and gamin"));
    noWordReason(r, "rly");
    noReason(r, "cookin", "how apps track you");
    assertFalse(r.unmatched().contains("gamin"), "unmatched: " + r.unmatched());
    assertTrue(top(r, 3).contains("hospitality-events-tourism"), "top 3: " + top(r, 3));
  }

  @Test
  void aListingTheReportMadeInErrorIsNoEvidence() {
    // the report also lists Wind Turbine Technician under Financial Services, which came second
    MatchResult r = engine.match(LearnerProfile.of("solar panels and wind turbines are cool"));
    assertEquals("energy-natural-resources", r.clusters().get(0).id());
    assertFalse(top(r, 3).contains("financial-services"), "top 3: " + top(r, 3));
  }

  @Test
  void hangingOutAndTheSummerAreNoJob() {
    MatchResult r = engine.match(LearnerProfile.of("hanging out with my friends in the summer"));
    for (Evidence e : evidence(r)) {
      if (e.kind() == Evidence.Kind.WORD) {
        assertFalse(
            e.input().equals("summer"),
            "a time of year counted: " + e.input() + " -> " + e.entityTitle());
      }
    }
    // the idiom was in authored synonyms ("hanging out with little kids", "... at the marina")
    noReason(r, "hanging", "playing with toddlers");
    noReason(r, "hanging", "marina");
    noReason(r, "hanging", "nursing home");
  }

  @Test
  void aWordIsReadWithItsPair() {
    // 'public' of "public speaking" counted 8.6 points for Public Service & Safety through the
    // sub-cluster "Public Safety", the second reason shown there
    MatchResult r = engine.match(LearnerProfile.of("give presentations and enjoy public speaking"));
    for (ClusterMatch c : r.clusters().subList(0, 5)) {
      List<org.careermatch.engine.explain.Explanation> lines = new ArrayList<>();
      c.explanation().forEachLeaf(lines::add);
      List<Evidence> shown =
          lines.stream()
              .filter(l -> l.evidence() != null)
              .sorted(
                  java.util.Comparator.comparingDouble(
                          org.careermatch.engine.explain.Explanation::value)
                      .reversed())
              .limit(3)
              .map(org.careermatch.engine.explain.Explanation::evidence)
              .toList();
      for (Evidence e : shown) {
        assertFalse(
            e.kind() == Evidence.Kind.WORD && e.input().equalsIgnoreCase("public"),
            c.id() + " shows 'public' matching '" + e.entityTitle() + "'");
      }
    }
  }

  @Test
  void beingOutdoorsIsNotBeingEnvironmental() {
    for (String text :
        List.of(
            "I love animals and being outside", "i like being outdoors in all kinds of weather")) {
      MatchResult r = engine.match(LearnerProfile.of(text));
      noReason(r, "outside", "environmental");
      noReason(r, "outdoors", "environmental");
    }
    MatchResult animals =
        engine.match(LearnerProfile.of("I love animals and want to work outside"));
    assertEquals("agriculture", animals.clusters().get(0).id(), top(animals, 3).toString());
  }

  @Test
  void shortClausesNeedCloseMeaning() {
    MatchResult r = engine.match(LearnerProfile.of("makeup and doing hair"));
    assertEquals("healthcare-human-services", r.clusters().get(0).id());
    // a product's name is matched by its words only: the model read 'makeup' 0.70 from Blender
    noReason(r, "makeup", "Blender");
    // meaning alone, weakly (0.66 and 0.68, below semanticAloneFloor), carried Construction
    noReason(r, "doing hair", "laying tile");
    noReason(r, "makeup", "Painting");
  }

  @Test
  void englishWordsAreReadAsTypedAndTyposAsMeant() {
    MatchResult weather =
        engine.match(LearnerProfile.of("be outdoors in all kinds of weather; logical thinker"));
    for (Evidence e : evidence(weather)) {
      assertFalse(
          e.correctedFrom() != null
              && (e.input().contains("kinds") || e.input().contains("logical")),
          "an English word read as a typo: " + e.input() + " -> " + e.matchedTerms());
    }
    noReason(weather, "kinds", "babysitting");
    MatchResult typo = engine.match(LearnerProfile.of("thinking enginering"));
    noReason(typo, "enginering", "Engine and Other Machine Assemblers");
    assertTrue(
        evidence(typo).stream()
            .anyMatch(
                e -> e.input().contains("enginering") && e.matchedTerms().contains("engineering")),
        "'enginering' is read as 'engineering'");
  }

  @Test
  void aTeacherTitleCountsForTeachingNotForItsSubject() {
    MatchResult r = engine.match(LearnerProfile.of("I want to be a lawyer or maybe a cop"));
    assertEquals("public-service-safety", r.clusters().get(0).id());
    noReason(r, "cop", "Order Clerks");
    noReason(r, "lawyer", "Law Teachers");
    assertTrue(
        cluster(r, "education").fit() == Fit.NONE || cluster(r, "education").fit() == Fit.SOME,
        "education: " + cluster(r, "education").fit());
  }

  @Test
  void vagueOrEmptyInputIsNotUnderstood() {
    // keyboard mashing: none of its words is known to the index, so meaning needs
    // semanticUnknownFloor
    for (String text :
        List.of(
            "idk",
            "a",
            "???",
            "not sure",
            "maybe stuff lol",
            "asdfgh qwerty",
            "xyz",
            "kjhkjh",
            "blorp zang")) {
      MatchResult r = engine.match(LearnerProfile.of(text));
      assertFalse(r.understood(), "'" + text + "' was understood: " + top(r, 3));
      for (ClusterMatch c : r.clusters()) {
        assertEquals(0, c.score(), text);
        assertEquals(Fit.NONE, c.fit(), text);
      }
    }
    assertEquals(
        List.of("asdfgh", "qwerty"), engine.match(LearnerProfile.of("asdfgh qwerty")).unmatched());
    assertTrue(engine.match(LearnerProfile.of("I want to be a nurse")).understood());
  }

  @Test
  void aProfileAboutOneThingHasOneOrTwoStrongFits() {
    for (String text :
        List.of("I want to be a nurse", "welding and CNC machines", "makeup and doing hair")) {
      MatchResult r = engine.match(LearnerProfile.of(text));
      long strong = r.clusters().stream().filter(c -> c.fit() == Fit.STRONG).count();
      assertTrue(strong >= 1 && strong <= 2, text + ": " + strong + " strong fits");
      assertEquals(Fit.STRONG, r.clusters().get(0).fit(), text);
    }
  }

  @Test
  void suggestionsAreTheStudentsOwn() {
    ClusterMatch health =
        cluster(
            engine.match(LearnerProfile.of("makeup and doing hair")), "healthcare-human-services");
    String firstSkills = health.skillsToExplore().subList(0, 3).toString().toLowerCase(Locale.ROOT);
    assertFalse(
        firstSkills.contains("acls") || firstSkills.contains("aed"),
        "skills: " + health.skillsToExplore());
    String jobs =
        (health.occupations().toString() + health.emergingOccupations()).toLowerCase(Locale.ROOT);
    assertTrue(
        jobs.contains("cosmetolog")
            || jobs.contains("hair")
            || jobs.contains("barber")
            || jobs.contains("esthetic")
            || jobs.contains("makeup")
            || jobs.contains("nail"),
        "jobs: " + jobs);
  }

  @Test
  void everyLineSaysWhereItsWordsStand() {
    String interests = "I like drawing and video games";
    MatchResult r = engine.match(LearnerProfile.of(interests, "Python"));
    for (Evidence e : evidence(r)) {
      if (e.kind() == Evidence.Kind.INTEREST_TYPE || e.kind() == Evidence.Kind.CROSS_CUTTING) {
        continue;
      }
      assertFalse(e.spans().isEmpty(), e.toString());
      String source = e.skillIndex() >= 0 ? "Python" : interests;
      e.spans().forEach(s -> assertTrue(s.end() <= source.length(), e.toString()));
    }
    for (ClusterMatch c : r.clusters()) {
      c.explanation()
          .forEachLeaf(
              l -> {
                if (l.evidence() != null) {
                  assertEquals(
                      l.value(),
                      l.evidence().product(),
                      1e-9 * Math.max(1, l.value()),
                      l.description());
                }
              });
    }
  }

  @Test
  void explanationsStillAddUp() {
    MatchResult r =
        engine.match(LearnerProfile.of("i code little apps and i want to work in a hospital"));
    for (ClusterMatch c : r.clusters()) {
      assertTrue(c.explanation().addsUp(1e-9), c.explanation().toString());
      assertEquals(c.score(), c.explanation().value(), 1e-9);
    }
    Explanation unused = r.clusters().get(0).explanation();
    assertTrue(unused.value() > 0);
  }
}

package org.careermatch.api.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReasonWriterTests {

  private static LineFacts facts(
      String kind,
      String input,
      String normalSkill,
      int matches,
      String correctedFrom,
      String type,
      String title,
      Double similarity) {
    return new LineFacts(
        kind,
        input,
        normalSkill == null ? "interests" : "skill",
        normalSkill,
        List.of(),
        matches,
        List.of(),
        correctedFrom,
        "x:1",
        type,
        title,
        "title",
        title,
        List.of(),
        1.0,
        1.0,
        similarity);
  }

  @Test
  void eachKindOfLineReadsAsOnePlainSentenceQuotingTheLearnersWordsAsTyped() {
    assertThat(
            ReasonWriter.sentence(
                facts(
                    "word",
                    "animals",
                    null,
                    34,
                    null,
                    "interest phrase",
                    "taking care of animals",
                    null),
                "Animals",
                "Agriculture",
                null))
        .isEqualTo(
            "You wrote 'Animals': it matches 'taking care of animals' (an interest) and 33 more things.");
    assertThat(
            ReasonWriter.sentence(
                facts("phrase", "video games", null, 2, null, "occupation", "Game Designer", null),
                null,
                "Arts",
                null))
        .isEqualTo("You wrote 'video games': it matches 'Game Designer' (a job) and 1 more thing.");
    assertThat(
            ReasonWriter.sentence(
                facts(
                    "all-words",
                    "i like cars and trucks",
                    null,
                    1,
                    null,
                    "interest phrase",
                    "fixing cars",
                    null),
                null,
                "Supply Chain",
                null))
        .isEqualTo("All your words together match 'fixing cars' (an interest).");
    assertThat(
            ReasonWriter.sentence(
                facts("skill", "python", "python", 1, null, "skill", "Python", null),
                "Python",
                "Digital Technology",
                null))
        .isEqualTo("Your skill 'Python' matches 'Python' (a skill).");
    assertThat(
            ReasonWriter.sentence(
                facts(
                    "meaning", "i like drawing", null, 1, null, "interest phrase", "drawing", 0.85),
                "I like drawing",
                "Arts",
                null))
        .isEqualTo(
            "You wrote 'I like drawing': that means something close to 'drawing' (an interest).");
    assertThat(
            ReasonWriter.sentence(
                facts("skill-meaning", "cpr", "cpr", 1, "cpr", "skill", "First Aid", 0.7),
                "CPR",
                "Healthcare",
                null))
        .isEqualTo(
            "Your skill 'CPR' is close in meaning to 'First Aid' (a skill). A word looks "
                + "misspelled, so this counts less.");
    assertThat(
            ReasonWriter.sentence(
                facts("word", "anmals", null, 1, "anmals", "skill", "Animal Care", null),
                "Anmals",
                "Agriculture",
                null))
        .isEqualTo(
            "You wrote 'Anmals' (we fixed the spelling): it matches 'Animal Care' (a skill).");
    assertThat(ReasonWriter.sentence(null, null, "Education", null))
        .isEqualTo("Nothing you wrote matched Education.");
  }

  @Test
  void profileLevelLinesSayTheInterestTypesAndWhereACrossCuttingClusterApplies() {
    LineFacts type =
        new LineFacts(
            "interest-type",
            "ASR",
            "profile",
            null,
            List.of(),
            1,
            List.of(),
            null,
            null,
            null,
            null,
            null,
            null,
            List.of(),
            0.6,
            1,
            null);
    assertThat(ReasonWriter.sentence(type, null, "Arts, Entertainment & Design", "AEI"))
        .isEqualTo(
            "Your interests "
                + "look Artistic and Social (ASR), and the jobs in Arts, Entertainment & Design are mostly Artistic and "
                + "Enterprising.");
    assertThat(ReasonWriter.sentence(type, null, "Agriculture, Food, and Hospitality", null))
        .isEqualTo(
            "Your "
                + "interests look Artistic and Social (ASR), which fits the work in Agriculture, Food, and Hospitality.");
    LineFacts boost =
        new LineFacts(
            "cross-cutting",
            "coding",
            "profile",
            null,
            List.of(),
            1,
            List.of(),
            null,
            "healthcare-human-services",
            "cluster",
            "Healthcare & Human Services",
            null,
            null,
            List.of(),
            1,
            1,
            null);
    assertThat(ReasonWriter.sentence(boost, null, "Digital Technology", "ICR"))
        .isEqualTo(
            "You wrote 'coding', and "
                + "your words also point to Healthcare & Human Services: Digital Technology is used there too.");
  }

  @Test
  void subjectsAndQualitiesAreNamedAsSuch() {
    assertThat(
            ReasonWriter.sentence(
                facts("word", "biology", null, 2, null, "school subject", "Biology", null),
                "biology",
                "Healthcare",
                null))
        .isEqualTo(
            "You wrote 'biology': it matches 'Biology' (a school subject) and 1 " + "more thing.");
    assertThat(
            ReasonWriter.sentence(
                facts("meaning", "i am patient", null, 1, null, "personal quality", "patient", 0.8),
                "I am patient",
                "Healthcare",
                null))
        .isEqualTo(
            "You wrote 'I am patient': that means something close "
                + "to 'patient' (a personal quality).");
  }

  @Test
  void noSentenceUsesTheEnginesWording() {
    for (String kind :
        List.of("word", "phrase", "all-words", "skill", "meaning", "skill-meaning", "other")) {
      String s =
          ReasonWriter.sentence(
              facts(
                  kind,
                  "x y",
                  kind.startsWith("skill") ? "x y" : null,
                  3,
                  null,
                  "SOC occupation",
                  "Nurse",
                  0.8),
              "X Y",
              "Healthcare",
              "SIC");
      assertThat(s)
          .endsWith(".")
          .doesNotContain("similarity", "matched", "interest phrase", "SOC", "\"")
          .contains("'Nurse' (a job) and 2 more things");
    }
  }
}

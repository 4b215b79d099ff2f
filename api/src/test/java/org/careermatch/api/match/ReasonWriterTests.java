package org.careermatch.api.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReasonWriterTests {

  private static LineFacts facts(String kind, String input, String normalSkill, int matches, String correctedFrom,
      String type, String title, Double similarity) {
    return new LineFacts(kind, input, normalSkill == null ? "interests" : "skill", normalSkill, List.of(), matches,
        List.of(), correctedFrom, "x:1", type, title, "title", title, List.of(), 1.0, 1.0, similarity);
  }

  @Test
  void eachKindOfLineReadsAsOnePlainSentenceQuotingTheLearnersWordsAsTyped() {
    assertThat(ReasonWriter.sentence(facts("word", "animals", null, 34, null, "interest phrase",
        "taking care of animals", null), "Animals", "Agriculture"))
        .isEqualTo("You wrote 'Animals': it matches 'taking care of animals' (an interest) and 33 more things.");
    assertThat(ReasonWriter.sentence(facts("phrase", "video games", null, 2, null, "occupation", "Game Designer",
        null), null, "Arts")).isEqualTo("You wrote 'video games': it matches 'Game Designer' (a job) and 1 more thing.");
    assertThat(ReasonWriter.sentence(facts("all-words", "i like cars and trucks", null, 1, null, "interest phrase",
        "fixing cars", null), null, "Supply Chain"))
        .isEqualTo("All your words together match 'fixing cars' (an interest).");
    assertThat(ReasonWriter.sentence(facts("skill", "python", "python", 1, null, "skill", "Python", null), "Python",
        "Digital Technology")).isEqualTo("Your skill 'Python' matches 'Python' (a skill).");
    assertThat(ReasonWriter.sentence(facts("meaning", "i like drawing", null, 1, null, "interest phrase",
        "drawing", 0.85), "I like drawing", "Arts"))
        .isEqualTo("You wrote 'I like drawing': that means something close to 'drawing' (an interest).");
    assertThat(ReasonWriter.sentence(facts("skill-meaning", "cpr", "cpr", 1, "cpr", "skill", "First Aid", 0.7),
        "CPR", "Healthcare")).isEqualTo("Your skill 'CPR' is close in meaning to 'First Aid' (a skill). A word looks "
            + "misspelled, so this counts less.");
    assertThat(ReasonWriter.sentence(facts("word", "anmals", null, 1, "anmals", "skill", "Animal Care", null),
        "Anmals", "Agriculture"))
        .isEqualTo("You wrote 'Anmals' (we fixed the spelling): it matches 'Animal Care' (a skill).");
    assertThat(ReasonWriter.sentence(null, null, "Education")).isEqualTo("Nothing you wrote matched Education.");
  }

  @Test
  void noSentenceUsesTheEnginesWording() {
    for (String kind : List.of("word", "phrase", "all-words", "skill", "meaning", "skill-meaning", "subject",
        "quality", "other")) {
      String s = ReasonWriter.sentence(facts(kind, "x y", kind.startsWith("skill") ? "x y" : null, 3, null,
          "SOC occupation", "Nurse", 0.8), "X Y", "Healthcare");
      assertThat(s).endsWith(".").doesNotContain("similarity", "matched", "interest phrase", "SOC", "\"")
          .contains("'Nurse' (a job) and 2 more things");
    }
  }
}

package org.careermatch.api.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LearnerTextTests {
  private static final long SEED = Long.getLong("careermatch.test.seed", 14L);

  @Test
  void aSpanOfTheNormalFormMapsToTheSameWordsInTheTextAsSent() {
    String sent = "  I LOVE   Animals,\tand\n\nhorses ";
    LearnerText text = LearnerText.of(sent, List.of());
    String normal = ProfileKey.normalize(sent);
    assertThat(normal).isEqualTo("i love animals, and horses");
    int at = normal.indexOf("animals");
    int[] span = text.interestsSpan(at, at + "animals".length());
    assertThat(sent.substring(span[0], span[1])).isEqualTo("Animals");
    int from = normal.indexOf("love");
    int[] clause = text.interestsSpan(from, normal.indexOf(" horses"));
    assertThat(sent.substring(clause[0], clause[1])).isEqualTo("LOVE   Animals,\tand");
    assertThat(text.interestsSpan(0, normal.length() + 1)).isNull();
    assertThat(text.interestsSpan(3, 3)).isNull();
  }

  @Test
  void theNormalFormOfAnyTextHasOneOffsetPerCharAndEveryCharMapsToItsOriginal() {
    Random random = new Random(SEED);
    String alphabet = "aB \t\n\u00a0\u2003\u0130\u00dfz,.'\u00c9";
    for (int n = 0; n < 2000; n++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(30);
      for (int i = 0; i < length; i++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String sent = b.toString();
      String normal = ProfileKey.normalize(sent);
      int[] map = LearnerText.offsets(sent);
      assertThat(map.length - 1).as("'%s'", sent).isEqualTo(normal.length());
      for (int i = 0; i < normal.length(); i++) {
        char original = sent.charAt(map[i]);
        String lowered = String.valueOf(original).toLowerCase(java.util.Locale.ROOT);
        assertThat(
                lowered.indexOf(normal.charAt(i)) >= 0
                    || (Character.isWhitespace(original) && normal.charAt(i) == ' '))
            .as("'%s' at %d", sent, i)
            .isTrue();
      }
    }
  }

  @Test
  void aSkillIsFoundByItsNormalFormAtItsFirstPositionInTheRequest() {
    LearnerText text = LearnerText.of("", List.of("SQL", "  First   Aid ", "first aid"));
    assertThat(text.skillIndex("first aid")).isEqualTo(1);
    assertThat(text.skillIndex("python")).isEqualTo(-1);
    int[] span = text.skillSpan(1, 0, "first aid".length());
    assertThat("  First   Aid ".substring(span[0], span[1])).isEqualTo("First   Aid");
  }
}

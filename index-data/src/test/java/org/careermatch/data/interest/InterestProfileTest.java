package org.careermatch.data.interest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.careermatch.data.interest.InterestProfile.Scale;
import org.junit.jupiter.api.Test;

class InterestProfileTest {
  @Test
  void hollandCodeIsTheThreeHighestTypesInOrder() {
    InterestProfile p =
        InterestProfile.of(Scale.OCCUPATIONAL_INTEREST, 6.2, 3.1, 1.8, 1.4, 1.6, 4.4);
    assertEquals("RCI", p.hollandCode());
    assertEquals(
        List.of(
            RiasecType.REALISTIC,
            RiasecType.CONVENTIONAL,
            RiasecType.INVESTIGATIVE,
            RiasecType.ARTISTIC,
            RiasecType.ENTERPRISING,
            RiasecType.SOCIAL),
        p.ranked());
    assertEquals(4.4, p.score(RiasecType.CONVENTIONAL));
  }

  @Test
  void occupationalInterestScoresMustBeBetweenOneAndSeven() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> InterestProfile.of(Scale.OCCUPATIONAL_INTEREST, 1, 2, 3, 4, 5, 7.5));
    assertTrue(e.getMessage().contains("Conventional score 7.5"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> InterestProfile.of(Scale.STANDARDIZED, 0, 0, Double.NaN, 0, 0, 0));
    assertThrows(
        IllegalArgumentException.class, () -> InterestProfile.of(Scale.STANDARDIZED, 0, 0, 0));
    assertEquals(-3.0, InterestProfile.of(Scale.STANDARDIZED, -3, 0, 0, 0, 0, 0).realistic());
  }

  @Test
  void correlationOfProfiles() {
    InterestProfile a = InterestProfile.of(Scale.STANDARDIZED, 1, 2, 3, 4, 5, 6);
    InterestProfile sameShape =
        InterestProfile.of(Scale.OCCUPATIONAL_INTEREST, 1.5, 2, 2.5, 3, 3.5, 4);
    InterestProfile reversed = InterestProfile.of(Scale.STANDARDIZED, 6, 5, 4, 3, 2, 1);
    InterestProfile flat = InterestProfile.of(Scale.STANDARDIZED, 2, 2, 2, 2, 2, 2);
    assertEquals(1.0, a.correlation(sameShape), 1e-12);
    assertEquals(-1.0, a.correlation(reversed), 1e-12);
    assertEquals(0.0, a.correlation(flat));
  }

  @Test
  void standardizedAcrossTypesHasMeanZeroAndUnitDeviation() {
    InterestProfile z =
        InterestProfile.of(Scale.OCCUPATIONAL_INTEREST, 1, 2, 3, 4, 5, 6).standardizedAcrossTypes();
    assertEquals(Scale.STANDARDIZED, z.scale());
    double sum = 0;
    double sq = 0;
    for (double v : z.scores()) {
      sum += v;
      sq += v * v;
    }
    assertEquals(0, sum, 1e-12);
    assertEquals(6, sq, 1e-12);
    assertEquals("CES", z.hollandCode());
  }

  @Test
  void typesByLetterNameAndOnetElement() {
    assertEquals(RiasecType.SOCIAL, RiasecType.ofLetter('s'));
    assertEquals(RiasecType.ENTERPRISING, RiasecType.fromLabel("enterprising"));
    assertEquals(RiasecType.ARTISTIC, RiasecType.fromLabel("A"));
    assertEquals(RiasecType.CONVENTIONAL, RiasecType.ofOnetElement("1.B.1.f").orElseThrow());
    assertTrue(RiasecType.ofOnetElement("1.B.1.g").isEmpty());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> RiasecType.fromLabel("sporty"));
    assertTrue(e.getMessage().contains("'sporty'"));
    for (RiasecType t : RiasecType.values()) {
      assertTrue(t.description().endsWith("."), t + " has a sentence");
    }
  }
}

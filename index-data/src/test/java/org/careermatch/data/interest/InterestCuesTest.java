package org.careermatch.data.interest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.careermatch.data.DataLoader;
import org.careermatch.data.FrameworkData;
import org.careermatch.data.Provenance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** O*NET's cues and the everyday ones load with their types, weights and provenance. */
class InterestCuesTest {
  static FrameworkData data;

  @BeforeAll
  static void load() {
    data = DataLoader.loadDefault();
  }

  static List<InterestCue> withText(String text) {
    return data.interestCues().stream().filter(c -> c.text().equalsIgnoreCase(text)).toList();
  }

  @Test
  void onetKeywordsAndActivitiesCarryTheirType() {
    InterestCue build = withText("Build").get(0);
    assertEquals(RiasecType.REALISTIC, build.type());
    assertEquals(InterestCue.Kind.KEYWORD, build.kind());
    assertEquals(Provenance.ONET_INTERESTS, build.provenance());
    assertEquals(OnetInterests.KEYWORD_WEIGHT, build.weight());
    // 24 general activities, 4 per type, without their final period
    assertEquals(
        24,
        data.interestCues().stream().filter(c -> c.kind() == InterestCue.Kind.ACTIVITY).count());
    assertTrue(
        withText("Build kitchen cabinets").stream()
            .allMatch(c -> c.type() == RiasecType.REALISTIC));
  }

  @Test
  void aBasicInterestOfTwoTypesCountsForBothWithLessWeight() {
    List<InterestCue> coach = withText("Coach a sports team");
    assertEquals(2, coach.size(), "Athletics is Realistic and Enterprising");
    assertEquals(
        List.of(RiasecType.REALISTIC, RiasecType.ENTERPRISING),
        coach.stream().map(InterestCue::type).toList());
    assertTrue(coach.stream().allMatch(c -> c.weight() == OnetInterests.BASIC_TWO_TYPES_WEIGHT));
    InterestCue forklift = withText("Operate a forklift to move boxes").get(0);
    assertEquals(OnetInterests.BASIC_SINGLE_TYPE_WEIGHT, forklift.weight());
    assertEquals(InterestCue.Kind.BASIC_ACTIVITY, forklift.kind());
  }

  @Test
  void everydayCuesAreAuthoredAndCoverEveryType() {
    for (RiasecType t : RiasecType.values()) {
      long n =
          data.interestCues().stream()
              .filter(
                  c ->
                      c.type() == t
                          && c.kind() == InterestCue.Kind.EVERYDAY
                          && c.provenance() == Provenance.AUTHORED)
              .count();
      assertTrue(n >= 20 && n <= 45, t + " has " + n + " everyday cues");
    }
    InterestCue spreadsheets = withText("spreadsheets").get(0);
    assertEquals(RiasecType.CONVENTIONAL, spreadsheets.type());
    assertEquals("conventional:spreadsheets", spreadsheets.id());
  }
}

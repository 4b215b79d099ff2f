package org.careermatch.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Value records reject bad arguments with messages that name the bad value. */
class ValueRecordsTest {
  @Test
  void idsMustBeSlugs() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ClusterId.of("Digital Technology"));
    // named through the one sanitizer (Checks.quote): the space is shown as '?'
    assertTrue(e.getMessage().contains("'Digital?Technology'"), e.getMessage());
  }

  @Test
  void provenanceMustBeKnown() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Provenance.fromLabel("wikipedia"));
    assertTrue(e.getMessage().contains("'wikipedia'"), e.getMessage());
    assertEquals(Provenance.ADVANCE_CTE_CROSSWALK, Provenance.fromLabel("advance-cte-crosswalk"));
  }

  @Test
  void socCodesAreChecked() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new SocOccupation(
                    "291141",
                    "Registered Nurses",
                    List.of(new Membership(ClusterId.of("a"), SubClusterId.of("b"))),
                    Provenance.ADVANCE_CTE_CROSSWALK));
    assertTrue(e.getMessage().contains("'291141'"), e.getMessage());
  }

  @Test
  void skillsNeedAListing() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new Skill("python", "Python", List.of(), List.of()));
    assertTrue(e.getMessage().contains("python"), e.getMessage());
  }

  @Test
  void slugifyDropsAmpersandsAndPunctuation() {
    assertEquals("arts-entertainment-design", Checks.slugify("Arts, Entertainment, & Design"));
    assertEquals(
        "market-research-analytics-ethics", Checks.slugify("Market Research, Analytics, & Ethics"));
  }
}

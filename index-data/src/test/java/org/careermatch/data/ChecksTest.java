package org.careermatch.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The one sanitizer of careermatch: every module quotes values in messages through it. */
class ChecksTest {
  @Test
  void quoteShowsOnlySafeCharactersAndAtMost64() {
    assertEquals("'nccf-2024'", Checks.quote("nccf-2024"));
    assertEquals("'profiles[2].skills[0]'", Checks.quote("profiles[2].skills[0]"));
    assertEquals("'soc:29-1141_a.b'", Checks.quote("soc:29-1141_a.b"));
    assertEquals("'dev?alt?titles'", Checks.quote("dev/alt titles"));
    assertEquals("'?script?alert?1???script?'", Checks.quote("<script>alert(1)</script>"));
    assertEquals("'caf???'", Checks.quote("caf\u00e9\u0000\n"));
    assertEquals("'" + "a".repeat(64) + "...'", Checks.quote("a".repeat(65)));
    assertEquals("'" + "a".repeat(64) + "'", Checks.quote("a".repeat(64)));
    assertEquals("(none)", Checks.quote(null));
    assertEquals("dev?alt", Checks.sanitize("dev/alt"));
  }

  @Test
  void aTokenHasNoWhitespace() {
    assertEquals("q1", Checks.requireToken("q1", "topic id"));
    assertEquals(
        "topic id 'q?1' must not contain whitespace",
        assertThrows(IllegalArgumentException.class, () -> Checks.requireToken("q 1", "topic id"))
            .getMessage());
    assertEquals(
        "topic id must not be empty (was (none))",
        assertThrows(IllegalArgumentException.class, () -> Checks.requireToken(null, "topic id"))
            .getMessage());
  }
}

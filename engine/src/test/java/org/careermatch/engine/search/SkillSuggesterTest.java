package org.careermatch.engine.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careermatch.data.DataLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The engine's skill typeahead against the answers of the api's own typeahead it replaces ({@code
 * careermatch/search/skills-before.tsv}, recorded with curl from the running service).
 */
class SkillSuggesterTest {
  /**
   * Prefixes of 6 or 7 characters, which the one typo policy now lets be 2 edits off (the api
   * allowed 1 below 8 characters): they suggest more, after all of the earlier suggestions.
   */
  private static final Set<String> TWO_EDITS_NOW =
      Set.of("javasc", "acount", "welding", "autocad", "commun", "leader", "r\u00e9sum\u00e9");

  private static SkillSuggester suggester;

  @BeforeAll
  static void build() {
    suggester = new SkillSuggester(DataLoader.loadDefault());
  }

  @AfterAll
  static void close() {
    suggester.close();
  }

  private static List<String> suggest(String prefix) {
    return suggester.suggest(prefix, 10).stream()
        .map(s -> s.id() + (s.matchedAlias() == null ? "" : "=" + s.matchedAlias()))
        .toList();
  }

  private static List<String> names(String prefix) {
    return suggester.suggest(prefix, 10).stream().map(SkillSuggestion::name).toList();
  }

  @Test
  void suggestsAsTheApiDidForEveryRecordedPrefixButThoseThePolicyNowLetsBeTwoEditsOff() {
    Map<String, List<String>> before = Before.read("skills-before.tsv");
    assertTrue(before.size() >= 30, "recorded prefixes: " + before.size());
    List<String> differ = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : before.entrySet()) {
      List<String> now = suggest(e.getKey());
      if (!now.equals(e.getValue())) {
        differ.add(e.getKey());
        assertEquals(
            e.getValue(),
            now.subList(0, e.getValue().size()),
            "earlier suggestions first: " + e.getKey());
      }
    }
    assertEquals(TWO_EDITS_NOW, Set.copyOf(differ));
  }

  @Test
  void oneEditComesBeforeTwo() {
    // "accountability" etc. are 1 edit from "acount"; "content marketing" starts 2 edits from it
    List<String> acount = names("acount");
    assertTrue(
        acount.indexOf("Generally Accepted Accounting Principles")
            < acount.indexOf("Content Marketing"),
        acount.toString());
  }

  @Test
  void prefixesWordsAndTyposFromFourCharacters() {
    assertEquals("Python", names("pyth").get(0));
    assertEquals("Python", names("PYTH").get(0));
    assertEquals("Python", names("pyhton").get(0));
    assertEquals("Python", names("pyht").get(0));
    assertFalse(names("pzt").contains("Python"), "3 characters: no typo");
    assertTrue(names("learning").contains("Machine Learning"));
    assertTrue(names("mahcine").contains("Machine Learning"), names("mahcine").toString());
    assertEquals("Customer Service", names("custmer  serv").get(0));
    assertEquals(List.of("C++"), names("c+"));
  }

  @Test
  void anExactNameComesFirstAndAnAliasSaysItMatched() {
    assertEquals("SQL", names("sql").get(0));
    SkillSuggestion aws = suggester.suggest("aws", 1).get(0);
    assertEquals("Amazon Web Services", aws.name());
    assertEquals("AWS", aws.matchedAlias());
    assertTrue(aws.clusters().contains("digital-technology"));
    assertNull(suggester.suggest("python", 1).get(0).matchedAlias());
  }

  @Test
  void aPrefixWithADigitOrOver40CharactersIsMatchedExactlyOnly() {
    assertEquals(List.of(), names("pyth0n"));
    assertEquals(List.of(), names("q".repeat(41)));
    assertEquals(
        List.of(), names("Communicating Data and Data-Based Argumentz"), "over 40: no typo");
    assertEquals(
        List.of("Communicating Data and Data-Based Arguments"),
        names("communicating data and data-based argu"));
  }

  @Test
  void blankInputSuggestsNothingAndTheLimitMustBePositive() {
    assertEquals(List.of(), names(" \t"));
    assertEquals(2, suggester.suggest("data", 2).size());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> suggester.suggest("data", 0));
    assertEquals("limit is at least 1, not 0", e.getMessage());
  }
}

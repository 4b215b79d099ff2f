package org.careermatch.api.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.careermatch.data.interest.RiasecType;

/**
 * Writes each explanation line as one plain sentence for a student, from the line's structure (its
 * kind, the learner's words as sent, the matched entity, the match count), never from the engine's
 * English description. The JSON answer, the web page and the batch CSV all show these sentences.
 *
 * <p>Quotes are the learner's own words as they typed them (taken by the line's character offsets
 * from the text they sent), so "I like drawing" reads as typed, not in the engine's lower case.
 */
final class ReasonWriter {
  private static final Map<String, String> TYPE_WORDS =
      Map.ofEntries(
          Map.entry("cluster", "this cluster"),
          Map.entry("sub-cluster", "a part of this cluster"),
          Map.entry("skill", "a skill"),
          Map.entry("occupation", "a job"),
          Map.entry("emerging occupation", "a new job"),
          Map.entry("SOC occupation", "a job"),
          Map.entry("program of study", "a school program"),
          Map.entry("place of work", "a place to work"),
          Map.entry("interest phrase", "an interest"),
          Map.entry("cross-cutting application", "a way this work is used"),
          Map.entry("school subject", "a school subject"),
          Map.entry("personal quality", "a personal quality"));

  private ReasonWriter() {}

  /**
   * The sentence for one line.
   *
   * @param facts the line's structure; null for a leaf without evidence
   * @param quote the learner's words the line is about, as sent (null to use the engine's normal
   *     form)
   * @param clusterTitle the cluster the line counts for
   * @param clusterCode the cluster's Holland code (its occupations' interest types), or null when
   *     unknown
   */
  static String sentence(LineFacts facts, String quote, String clusterTitle, String clusterCode) {
    if (facts == null) {
      return "Nothing you wrote matched " + clusterTitle + ".";
    }
    String said = quote(quote != null && !quote.isBlank() ? quote : facts.input());
    String what = what(facts);
    String more = more(facts.matches());
    return switch (facts.kind()) {
      case "word", "phrase" ->
          "You wrote " + said + fixed(facts) + ": it matches " + what + more + ".";
      case "all-words" -> "All your words together match " + what + more + ".";
      case "skill" -> "Your skill " + said + fixed(facts) + " matches " + what + more + ".";
      case "meaning" ->
          "You wrote "
              + said
              + ": that means something close to "
              + what
              + more
              + "."
              + misspelled(facts);
      case "skill-meaning" ->
          "Your skill " + said + " is close in meaning to " + what + more + "." + misspelled(facts);
      case "interest-type" ->
          "Your interests look "
              + types(facts.input())
              + " ("
              + facts.input().strip()
              + ")"
              + (clusterCode == null || clusterCode.isBlank()
                  ? ", which fits the work in " + clusterTitle + "."
                  : ", and the jobs in "
                      + clusterTitle
                      + " are mostly "
                      + types(clusterCode)
                      + ".");
      case "cross-cutting" ->
          "You wrote "
              + said
              + ", and your words also point to "
              + (facts.entityTitle() == null ? "another kind of work" : facts.entityTitle())
              + ": "
              + clusterTitle
              + " is used there too.";
      default -> "You wrote " + said + ": it is linked to " + what + more + ".";
    };
  }

  /** "Artistic and Social" for "AS..." (the first two letters of a Holland code). */
  static String types(String code) {
    List<String> names = new ArrayList<>();
    for (char c : code.strip().toCharArray()) {
      if (names.size() == 2) {
        break;
      }
      try {
        names.add(RiasecType.ofLetter(c).title());
      } catch (IllegalArgumentException e) {
        // not a type letter: left out
      }
    }
    return names.isEmpty() ? "varied" : String.join(" and ", names);
  }

  private static String what(LineFacts f) {
    if (f.entityTitle() == null) {
      return "this cluster";
    }
    String type =
        f.entityType() == null ? null : TYPE_WORDS.getOrDefault(f.entityType(), f.entityType());
    return quote(f.entityTitle()) + (type == null ? "" : " (" + type + ")");
  }

  private static String more(int matches) {
    int rest = matches - 1;
    return rest <= 0 ? "" : rest == 1 ? " and 1 more thing" : " and " + rest + " more things";
  }

  /** A typo corrected against the index's words: said, without showing the engine's stems. */
  private static String fixed(LineFacts f) {
    return f.correctedFrom() != null ? " (we fixed the spelling)" : "";
  }

  private static String misspelled(LineFacts f) {
    return f.correctedFrom() != null ? " A word looks misspelled, so this counts less." : "";
  }

  static String quote(String text) {
    return "'" + text.strip() + "'";
  }
}

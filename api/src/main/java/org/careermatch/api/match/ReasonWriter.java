package org.careermatch.api.match;

import java.util.Map;

/**
 * Writes each explanation line as one plain sentence for a student, from the line's structure (its kind, the
 * learner's words as sent, the matched entity, the match count), never from the engine's English description. The
 * JSON answer, the web page and the batch CSV all show these sentences.
 *
 * <p>Quotes are the learner's own words as they typed them (taken by the line's character offsets from the text
 * they sent), so "I like drawing" reads as typed, not in the engine's lower case.
 */
final class ReasonWriter {
  private static final Map<String, String> TYPE_WORDS = Map.ofEntries(
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
      Map.entry("quality", "a personal quality"));

  private ReasonWriter() {}

  /**
   * The sentence for one line.
   *
   * @param facts the line's structure; null for a leaf without evidence
   * @param quote the learner's words the line is about, as sent (null to use the engine's normal form)
   * @param clusterTitle the cluster the line counts for
   */
  static String sentence(LineFacts facts, String quote, String clusterTitle) {
    if (facts == null) {
      return "Nothing you wrote matched " + clusterTitle + ".";
    }
    String said = quote(quote != null && !quote.isBlank() ? quote : facts.input());
    String what = what(facts);
    String more = more(facts.matches());
    return switch (facts.kind()) {
      case "word", "phrase" -> "You wrote " + said + fixed(facts) + ": it matches " + what + more + ".";
      case "all-words" -> "All your words together match " + what + more + ".";
      case "skill" -> "Your skill " + said + fixed(facts) + " matches " + what + more + ".";
      case "meaning" -> "You wrote " + said + ": that means something close to " + what + more + "."
          + misspelled(facts);
      case "skill-meaning" -> "Your skill " + said + " is close in meaning to " + what + more + "."
          + misspelled(facts);
      case "subject" -> "You mentioned " + said + ": that school subject prepares you for " + what + more + ".";
      case "quality" -> "You said you are " + said + ": that helps in " + what + more + ".";
      default -> "You wrote " + said + ": it is linked to " + what + more + ".";
    };
  }

  private static String what(LineFacts f) {
    if (f.entityTitle() == null) {
      return "this cluster";
    }
    String type = f.entityType() == null ? null : TYPE_WORDS.getOrDefault(f.entityType(), f.entityType());
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

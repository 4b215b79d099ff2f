package org.careermatch.engine.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careermatch.engine.analysis.AnalyzerFactory;
import org.careermatch.engine.explain.Span;

/**
 * One clause of the interests ("I like drawing", "video games"): where the learner's text splits at
 * punctuation and at the words that join two interests. Its meaning is read from {@link
 * #meaningText()}: the clause without filler words ("maybe a cop" is read as "a cop"), so a hedge
 * never changes what a clause means.
 *
 * @param text the clause as typed, white space folded
 * @param span where it stands in the interests
 */
public record Clause(String text, Span span) {
  /** Where interests split into clauses: punctuation and the words that join two interests. */
  private static final Pattern BREAK =
      Pattern.compile(
          "\\s+and/or\\s+|[.;,!?:()\\[\\]/|\\n\\r]+|\\s+(?:and|but|or|also|plus|then|while)\\s+",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}']+");
  private static final Pattern POSSESSIVE = Pattern.compile("'s?$");

  /**
   * Words left out of a clause's meaning: filler, and relatives (who, not what: "my uncle's
   * garage").
   */
  private static final Set<String> FILLER =
      java.util.stream.Stream.concat(
              AnalyzerFactory.FILLER_WORDS.stream(), AnalyzerFactory.RELATIVES.stream())
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  public Clause {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("a clause needs text (was '" + text + "')");
    }
  }

  /** The clauses of {@code interests} in order; pieces without a letter are left out. */
  public static List<Clause> of(String interests) {
    List<Clause> out = new ArrayList<>();
    Matcher m = BREAK.matcher(interests);
    int from = 0;
    while (true) {
      boolean found = m.find();
      int to = found ? m.start() : interests.length();
      add(interests, from, to, out);
      if (!found) {
        return out;
      }
      from = m.end();
    }
  }

  private static void add(String interests, int from, int to, List<Clause> out) {
    String piece = interests.substring(from, to);
    int lead = 0;
    while (lead < piece.length() && Character.isWhitespace(piece.charAt(lead))) {
      lead++;
    }
    int trail = piece.length();
    while (trail > lead && Character.isWhitespace(piece.charAt(trail - 1))) {
      trail--;
    }
    String text = piece.substring(lead, trail).replaceAll("\\s+", " ");
    if (!text.isEmpty() && text.chars().anyMatch(Character::isLetter)) {
      out.add(new Clause(text, new Span(from + lead, from + trail)));
    }
  }

  /**
   * The clause without its filler words and relatives (a possessive with its word), white space
   * folded; empty when nothing else is left.
   */
  public String meaningText() {
    StringBuilder b = new StringBuilder();
    int last = 0;
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      if (FILLER.contains(
          POSSESSIVE.matcher(m.group().toLowerCase(Locale.ROOT)).replaceFirst(""))) {
        b.append(text, last, m.start());
        last = m.end();
      }
    }
    b.append(text.substring(last));
    return b.toString().replaceAll("\\s+", " ").replaceAll("^[\\s\\p{Punct}]+", "").strip();
  }
}

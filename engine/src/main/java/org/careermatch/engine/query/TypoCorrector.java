package org.careermatch.engine.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.util.BytesRef;
import org.careermatch.engine.analysis.AnalyzerFactory;
import org.careermatch.engine.analysis.TypoPolicy;
import org.careermatch.engine.index.EntityIndex;
import org.careermatch.engine.index.Field;

/**
 * Reads a typed term as a term the index knows: itself when the index has it, else the closest
 * known term the {@link TypoPolicy} allows (fewest edits, then most frequent, then first in order),
 * else nothing. Corrections depend on the immutable index only, so they are remembered (at most
 * {@link #MAX_CORRECTIONS}).
 */
final class TypoCorrector {
  static final int MAX_CORRECTIONS = 10_000;

  /** A term as the index knows it, and the typed term when it was corrected (else null). */
  record Resolved(String term, String correctedFrom) {}

  private final EntityIndex index;
  private final TypoPolicy policy;
  private final boolean enabled;
  private final boolean keepEnglishWords;
  private final ConcurrentHashMap<String, Optional<Resolved>> corrections =
      new ConcurrentHashMap<>();

  /**
   * @param enabled false to read only terms the index has (no corrections)
   * @param keepEnglishWords true to leave English words as they are (see {@link #resolve})
   */
  TypoCorrector(EntityIndex index, TypoPolicy policy, boolean enabled, boolean keepEnglishWords) {
    this.index = index;
    this.policy = policy;
    this.enabled = enabled;
    this.keepEnglishWords = keepEnglishWords;
  }

  /**
   * @param term the analyzed term; a typo is corrected as typed first ("buisness" reads as
   *     "business"; its stem "buis" would read as "bus"), then as analyzed
   * @param surface the word as typed; when it is an English word ({@link
   *     AnalyzerFactory#ENGLISH_WORDS}) and {@code keepEnglishWords} is on, it is read only as an
   *     inflection of an indexed term ("designs" as "design"), never as a nearby other word
   *     ("kinds" as "kid")
   */
  Optional<Resolved> resolve(String term, String surface) {
    if (index.docFreq(Field.TEXT, term) > 0) {
      return Optional.of(new Resolved(term, null));
    }
    String word = typed(surface);
    if (keepEnglishWords && AnalyzerFactory.ENGLISH_WORDS.contains(word)) {
      for (String base : bases(term)) {
        if (index.docFreq(Field.TEXT, base) > 0) {
          return Optional.of(new Resolved(base, null));
        }
      }
      return Optional.empty();
    }
    if (!enabled) {
      return Optional.empty();
    }
    String key = term + ' ' + word;
    Optional<Resolved> known = corrections.get(key);
    if (known == null) {
      known = droppedG(term, word);
      if (known.isEmpty() && policy.maxEdits(term) > 0) {
        String best =
            word.equals(term) || policy.maxEdits(word) == 0
                ? null
                : closest(index.textTerms(), word, policy.maxEdits(word));
        if (best == null) {
          best = closest(index.textTerms(), term, policy.maxEdits(term));
        }
        known = best == null ? Optional.empty() : Optional.of(new Resolved(best, term));
      }
      if (corrections.size() >= MAX_CORRECTIONS) {
        corrections.clear();
      }
      corrections.put(key, known);
    }
    return known;
  }

  /**
   * A word typed as it is said, without the g of its -ing ("cookin", "gamin", "fishin'"), read as
   * the -ing word when the index knows that and the typed word is no English word of its own
   * ("cabin", "violin"): before any correction by edits, which read "cookin" as "cookie".
   */
  private Optional<Resolved> droppedG(String term, String word) {
    if (word.length() < 5 || !word.endsWith("in") || AnalyzerFactory.ENGLISH_WORDS.contains(word)) {
      return Optional.empty();
    }
    // the -ing word as the index reads it (a synonym may stand at the same place: one term only)
    List<String> terms =
        Tokens.of(index.analyzer(), Field.TEXT, word + "g").stream()
            .map(Token::term)
            .distinct()
            .toList();
    if (terms.size() != 1 || index.docFreq(Field.TEXT, terms.get(0)) == 0) {
      return Optional.empty();
    }
    return Optional.of(new Resolved(terms.get(0), term));
  }

  private static final java.util.regex.Pattern POSSESSIVE =
      java.util.regex.Pattern.compile("['\u2019]s?$");

  /** The typed word as the English word list spells it: lower case, without a possessive. */
  private static String typed(String surface) {
    return POSSESSIVE.matcher(surface.toLowerCase(java.util.Locale.ROOT)).replaceFirst("");
  }

  /** The terms an inflected English word may stand for: without -s, -es, -d, -ed or -ing. */
  private static List<String> bases(String term) {
    List<String> out = new ArrayList<>(6);
    for (String suffix : INFLECTIONS) {
      if (term.length() > suffix.length() + 2 && term.endsWith(suffix)) {
        String stem = term.substring(0, term.length() - suffix.length());
        out.add(stem);
        if (suffix.equals("ing")) {
          out.add(stem + "e");
        }
      }
    }
    return out;
  }

  private static final List<String> INFLECTIONS = List.of("es", "s", "ed", "d", "ing");

  private static String closest(Terms terms, String term, int maxEdits) {
    if (terms == null) {
      return null;
    }
    try {
      FuzzyTermsEnum fuzzy =
          new FuzzyTermsEnum(terms, new Term(Field.TEXT.fieldName(), term), maxEdits, 1, true);
      String best = null;
      float bestBoost = -1;
      int bestFreq = -1;
      BytesRef t;
      while ((t = fuzzy.next()) != null) {
        float boost = fuzzy.getBoost();
        int freq = fuzzy.docFreq();
        String s = t.utf8ToString();
        if (boost > bestBoost
            || (boost == bestBoost
                && (freq > bestFreq || (freq == bestFreq && s.compareTo(best) < 0)))) {
          best = s;
          bestBoost = boost;
          bestFreq = freq;
        }
      }
      return best;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

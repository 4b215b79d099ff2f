package org.careermatch.engine.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.util.BytesRef;
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
  private final ConcurrentHashMap<String, Optional<Resolved>> corrections =
      new ConcurrentHashMap<>();

  /**
   * @param enabled false to read only terms the index has (no corrections)
   */
  TypoCorrector(EntityIndex index, TypoPolicy policy, boolean enabled) {
    this.index = index;
    this.policy = policy;
    this.enabled = enabled;
  }

  Optional<Resolved> resolve(String term) {
    if (index.docFreq(Field.TEXT, term) > 0) {
      return Optional.of(new Resolved(term, null));
    }
    if (!enabled || policy.maxEdits(term) == 0) {
      return Optional.empty();
    }
    Optional<Resolved> known = corrections.get(term);
    if (known == null) {
      String best = closest(index.textTerms(), term, policy.maxEdits(term));
      known = best == null ? Optional.empty() : Optional.of(new Resolved(best, term));
      if (corrections.size() >= MAX_CORRECTIONS) {
        corrections.clear();
      }
      corrections.put(term, known);
    }
    return known;
  }

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

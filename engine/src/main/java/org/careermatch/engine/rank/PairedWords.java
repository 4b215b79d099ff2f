package org.careermatch.engine.rank;

import java.util.ArrayList;
import java.util.List;
import org.careermatch.engine.explain.Span;
import org.careermatch.engine.index.Field;
import org.careermatch.engine.index.TermSearcher;
import org.careermatch.engine.index.WeightedTerm;
import org.careermatch.engine.query.QueryUnit;

/**
 * The words of a profile that the learner wrote as one half of a two-word phrase the index knows
 * ("public" in "public speaking", "games" in "video games", "art" in the skill "nail art"). Such a
 * word is read with its pair: an entity that has neither the phrase nor the phrase's other word
 * ("Public Safety", "construction simulator games", "latte art") matches the word in another sense,
 * and counts at {@link org.careermatch.engine.EngineConfig#pairedWordWeight()}.
 *
 * <p>A word of the interests is paired when every place it stands is inside a phrase unit of the
 * same profile (phrase units exist only for pairs the index knows). A listed skill is paired when
 * it has two or more words and a known phrase; an entity then needs one of its phrases or all of
 * its words.
 */
final class PairedWords {
  /** By unit: the terms of which an entity needs one (words), or null for a unit that is free. */
  private final List<List<WeightedTerm>> anyOf;

  /** By unit: for a skill, the words an entity needs all of when it has none of the phrases. */
  private final List<List<WeightedTerm>> allOf;

  private final TermSearcher searcher;

  private PairedWords(
      List<List<WeightedTerm>> anyOf, List<List<WeightedTerm>> allOf, TermSearcher searcher) {
    this.anyOf = anyOf;
    this.allOf = allOf;
    this.searcher = searcher;
  }

  static PairedWords of(List<QueryUnit> units, TermSearcher searcher) {
    List<QueryUnit> phrases =
        units.stream().filter(u -> u.kind() == QueryUnit.Kind.PHRASE).toList();
    List<List<WeightedTerm>> anyOf = new ArrayList<>(units.size());
    List<List<WeightedTerm>> allOf = new ArrayList<>(units.size());
    for (QueryUnit unit : units) {
      List<WeightedTerm> any = null;
      List<WeightedTerm> all = null;
      if (unit.kind() == QueryUnit.Kind.WORD) {
        any = companions(unit, phrases);
      } else if (unit.kind() == QueryUnit.Kind.SKILL) {
        List<WeightedTerm> skillPhrases = new ArrayList<>();
        List<WeightedTerm> skillWords = new ArrayList<>();
        for (WeightedTerm t : unit.clauses()) {
          (t.field() == Field.PHRASE ? skillPhrases : skillWords).add(t);
        }
        if (!skillPhrases.isEmpty() && skillWords.size() >= 2) {
          any = skillPhrases;
          all = skillWords;
        }
      }
      anyOf.add(any);
      allOf.add(all);
    }
    return new PairedWords(anyOf, allOf, searcher);
  }

  /**
   * The phrases around every place a word stands, with each phrase's other word; null when the word
   * stands somewhere on its own.
   */
  private static List<WeightedTerm> companions(QueryUnit word, List<QueryUnit> phrases) {
    if (phrases.isEmpty() || word.spans().isEmpty()) {
      return null;
    }
    String term = word.terms().get(0);
    List<WeightedTerm> out = new ArrayList<>();
    for (Span at : word.spans()) {
      boolean inside = false;
      for (QueryUnit p : phrases) {
        String phrase = p.terms().get(0);
        int space = phrase.indexOf(' ');
        String first = phrase.substring(0, space);
        String second = phrase.substring(space + 1);
        if (!first.equals(term) && !second.equals(term)) {
          continue;
        }
        for (Span ps : p.spans()) {
          if (ps.start() <= at.start() && at.end() <= ps.end()) {
            inside = true;
            out.add(new WeightedTerm(Field.PHRASE, phrase, 1f));
            out.add(new WeightedTerm(Field.TEXT, first.equals(term) ? second : first, 1f));
          }
        }
      }
      if (!inside) {
        return null;
      }
    }
    return List.copyOf(out);
  }

  /** Whether unit {@code u} matches document {@code doc} without its pair. */
  boolean apart(int u, int doc) {
    List<WeightedTerm> any = anyOf.get(u);
    if (any == null) {
      return false;
    }
    for (WeightedTerm t : any) {
      if (searcher.contains(t.field(), t.term(), doc)) {
        return false;
      }
    }
    List<WeightedTerm> all = allOf.get(u);
    if (all == null) {
      return true;
    }
    for (WeightedTerm t : all) {
      if (!searcher.contains(t.field(), t.term(), doc)) {
        return true;
      }
    }
    return false;
  }
}

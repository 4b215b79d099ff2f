package org.careermatch.engine.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.CompiledAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
import org.apache.lucene.util.automaton.Transition;
import org.careermatch.data.ClusterId;
import org.careermatch.data.FrameworkData;
import org.careermatch.data.Skill;
import org.careermatch.engine.analysis.AnalyzerFactory;
import org.careermatch.engine.analysis.TypoPolicy;

/**
 * Typeahead over skill names and aliases, in a small Lucene index. Names and what was typed go
 * through {@link AnalyzerFactory#names()} (case, accents and spacing do not matter). Suggested
 * first: a name (or alias) that is what was typed ({@link TermQuery}), then one starting with it
 * ({@link PrefixQuery}), then one with a later word starting with it ("learning" finds Machine
 * Learning), then the same two within the edits of {@link TypoPolicy} ("pyhton" finds Python; a
 * Levenshtein automaton followed by any text, run over the terms dictionary), 1 edit before 2. Ties
 * go to names over aliases, shorter names, then by name and id.
 */
public final class SkillSuggester implements AutoCloseable {
  /**
   * Longer input is matched exactly only: a Levenshtein automaton grows with the length of what it
   * matches.
   */
  static final int MAX_TYPO_LENGTH = 40;

  private static final String NAME = "name";
  private static final String LATER_WORD = "word";

  private record Entry(Skill skill, List<String> clusters, String text, boolean alias) {}

  private final Analyzer analyzer = AnalyzerFactory.names();
  private final List<Entry> entries = new ArrayList<>();
  private final SearchIndex index;
  private final TypoPolicy typos;

  /** A typeahead with the engine's default typo policy. */
  public SkillSuggester(FrameworkData data) {
    this(data, TypoPolicy.DEFAULT);
  }

  /** A typeahead forgiving typos as {@code typos} says (the engine's configured policy). */
  public SkillSuggester(FrameworkData data, TypoPolicy typos) {
    Objects.requireNonNull(data, "data");
    this.typos = Objects.requireNonNull(typos, "typos");
    List<Document> docs = new ArrayList<>();
    for (Skill s : data.skills()) {
      List<String> clusters = s.clusters().stream().map(ClusterId::value).toList();
      add(new Entry(s, clusters, s.name(), false), docs);
      for (String a : s.aliases()) {
        add(new Entry(s, clusters, a, true), docs);
      }
    }
    index = new SearchIndex(docs, analyzer);
  }

  private void add(Entry e, List<Document> docs) {
    entries.add(e);
    String folded = fold(e.text());
    Document doc = new Document();
    doc.add(new StringField(NAME, folded, Store.NO));
    for (int i = 1; i < folded.length(); i++) {
      if (isSeparator(folded.charAt(i - 1)) && !isSeparator(folded.charAt(i))) {
        doc.add(new StringField(LATER_WORD, folded.substring(i), Store.NO));
      }
    }
    docs.add(doc);
  }

  private static boolean isSeparator(char c) {
    return c == ' ' || c == '/' || c == '-' || c == '(' || c == ')' || c == ',' || c == '&'
        || c == '.' || c == ':';
  }

  private String fold(String text) {
    List<String> terms = SearchIndex.analyze(analyzer, NAME, text);
    return terms.isEmpty() ? "" : terms.get(0);
  }

  /**
   * Skills for what a learner has typed so far, best first.
   *
   * @param prefix what was typed
   * @param limit the most suggestions to return, at least 1
   */
  public List<SkillSuggestion> suggest(String prefix, int limit) {
    Objects.requireNonNull(prefix, "prefix");
    if (limit < 1) {
      throw new IllegalArgumentException("limit is at least 1, not " + limit);
    }
    String p = fold(prefix);
    if (p.isEmpty()) {
      return List.of();
    }
    // best first: exact, starts with it, a later word starts with it, then per edit count the same
    // within edits;
    // per skill its best name: the first tier that matches it, the name before an alias within a
    // tier
    Map<Skill, Integer> bestOf = new HashMap<>();
    Map<Integer, Integer> tierOf = new HashMap<>();
    int tier = 0;
    take(index.matching(new TermQuery(new Term(NAME, p))), tier++, bestOf, tierOf);
    take(index.matching(new PrefixQuery(new Term(NAME, p))), tier++, bestOf, tierOf);
    take(index.matching(new PrefixQuery(new Term(LATER_WORD, p))), tier++, bestOf, tierOf);
    int maxEdits = p.length() > MAX_TYPO_LENGTH ? 0 : typos.maxEdits(p);
    // typos only rank after all of these: look for them only while there is room for them
    for (int e = 1; e <= maxEdits && bestOf.size() < limit; e++) {
      CompiledAutomaton within = startsWithin(p, e);
      take(index.matching(NAME, within), tier++, bestOf, tierOf);
      take(index.matching(LATER_WORD, within), tier++, bestOf, tierOf);
    }
    return bestOf.values().stream()
        .sorted(
            Comparator.<Integer>comparingInt(tierOf::get)
                .thenComparing(d -> entries.get(d).alias())
                .thenComparingInt(d -> entries.get(d).skill().name().length())
                .thenComparing(d -> entries.get(d).skill().name())
                .thenComparing(d -> entries.get(d).skill().id()))
        .limit(limit)
        .map(
            d -> {
              Entry e = entries.get(d);
              return new SkillSuggestion(
                  e.skill().id(), e.skill().name(), e.alias() ? e.text() : null, e.clusters());
            })
        .toList();
  }

  private void take(
      int[] docs, int tier, Map<Skill, Integer> bestOf, Map<Integer, Integer> tierOf) {
    for (int doc : docs) {
      Entry e = entries.get(doc);
      Integer best = bestOf.get(e.skill());
      if (best == null || (tierOf.get(best) == tier && entries.get(best).alias() && !e.alias())) {
        bestOf.put(e.skill(), doc);
        tierOf.put(doc, tier);
      }
    }
  }

  /**
   * Text of which some start is within {@code edits} edits of {@code prefix}: "mahcine" finds
   * "machine learning". The Levenshtein automaton of the prefix (deterministic) with every
   * accepting state made to accept any rest, so it stays deterministic and needs no
   * determinization.
   */
  static CompiledAutomaton startsWithin(String prefix, int edits) {
    Automaton within = new LevenshteinAutomata(prefix, true).toAutomaton(edits);
    Automaton.Builder b = new Automaton.Builder();
    int states = within.getNumStates();
    for (int s = 0; s < states; s++) {
      b.createState();
    }
    int rest = b.createState();
    b.setAccept(rest, true);
    b.addTransition(rest, rest, 0, Character.MAX_CODE_POINT);
    Transition t = new Transition();
    for (int s = 0; s < states; s++) {
      if (within.isAccept(s)) {
        b.setAccept(s, true);
        b.addTransition(s, rest, 0, Character.MAX_CODE_POINT);
      } else {
        int count = within.initTransition(s, t);
        for (int i = 0; i < count; i++) {
          within.getNextTransition(t);
          b.addTransition(s, t.dest, t.min, t.max);
        }
      }
    }
    return new CompiledAutomaton(b.finish(), false, false);
  }

  @Override
  public void close() {
    index.close();
    analyzer.close();
  }
}

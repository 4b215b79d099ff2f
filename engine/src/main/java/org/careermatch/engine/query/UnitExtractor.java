package org.careermatch.engine.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.careermatch.engine.EngineConfig;
import org.careermatch.engine.LearnerProfile;
import org.careermatch.engine.analysis.AnalyzerFactory;
import org.careermatch.engine.analysis.TypoPolicy;
import org.careermatch.engine.explain.Span;
import org.careermatch.engine.index.EntityIndex;
import org.careermatch.engine.index.Field;
import org.careermatch.engine.index.WeightedTerm;
import org.careermatch.engine.semantic.TextEmbedder;

/**
 * Splits a profile into {@link QueryUnit}s: the words, word pairs and all words together of the
 * interests, each listed skill, and (with a model) each clause and unmatched skill read by meaning
 * ({@link MeaningUnits}). The learner's text is only ever analyzed into terms and searched as
 * boosted terms (what a disjunction of {@link org.apache.lucene.search.TermQuery}s scores): no
 * query syntax is parsed, so {@code title:(a OR} or {@code *} are just words.
 */
public final class UnitExtractor {
  private final EntityIndex index;
  private final EngineConfig config;
  private final Set<String> genericTerms;
  private final Set<String> emptyTerms;
  private final TypoCorrector typos;
  private final MeaningUnits meaning;

  public UnitExtractor(EntityIndex index, EngineConfig config) {
    this(index, config, null);
  }

  /**
   * @param embedder the sentence-embedding model for semantic units, or null for lexical units
   *     only; used only when the index has vectors and {@link EngineConfig#semanticWeight()} is
   *     above 0
   */
  public UnitExtractor(EntityIndex index, EngineConfig config, TextEmbedder embedder) {
    this.index = index;
    this.config = config;
    this.genericTerms = terms(AnalyzerFactory.GENERIC_WORDS);
    this.emptyTerms = terms(AnalyzerFactory.EMPTY_WORDS);
    this.typos =
        new TypoCorrector(
            index,
            new TypoPolicy(config.typoMinLength(), config.typoOneEditMaxLength()),
            config.typoPenalty() > 0,
            config.typoKeepsEnglishWords());
    boolean semantic = embedder != null && index.hasVectors() && config.semanticWeight() > 0;
    this.meaning = semantic ? new MeaningUnits(index, config, embedder, this::isContent) : null;
  }

  private Set<String> terms(List<String> words) {
    Set<String> out = new java.util.HashSet<>();
    for (Token t : Tokens.of(index.analyzer(), Field.TEXT, String.join(" ", words))) {
      out.add(t.term());
    }
    return Set.copyOf(out);
  }

  /**
   * The units of a profile, its sources, and the words of its interests that matched nothing the
   * index knows.
   */
  public record Extraction(List<QueryUnit> units, Sources sources, List<String> unmatched) {
    public Extraction {
      units = List.copyOf(units);
      unmatched = List.copyOf(unmatched);
    }
  }

  public Extraction extract(LearnerProfile profile) {
    String interests = profile.interests();
    Sources sources = new Sources(Clause.of(interests), profile.skills());
    List<QueryUnit> units = new ArrayList<>();
    List<String> unmatched = new ArrayList<>();
    Map<String, String> misspelled = new LinkedHashMap<>();
    Map<String, String> readings = new java.util.HashMap<>();
    if (!interests.isEmpty()) {
      List<QueryUnit> words = words(interests, sources, unmatched, misspelled, readings);
      List<QueryUnit> phrases = phrases(interests, sources);
      units.addAll(words);
      units.addAll(phrases);
      allWords(interests, sources, words, phrases).ifPresent(units::add);
    }
    List<Integer> unmatchedSkills = new ArrayList<>();
    for (int i = 0; i < profile.skills().size(); i++) {
      Optional<QueryUnit> unit = skillUnit(profile.skills().get(i), i, sources.skill(i));
      unit.ifPresent(units::add);
      if (unit.isEmpty()) {
        unmatchedSkills.add(i);
      }
    }
    if (meaning != null) {
      units.addAll(meaning.units(sources, unmatchedSkills, misspelled, readings));
    }
    return new Extraction(units, sources, unmatched);
  }

  /**
   * Whether semantic units are made (a model is present, the index has vectors, the weight is above
   * 0).
   */
  public boolean semantic() {
    return meaning != null;
  }

  /**
   * A term says something about a career: it is neither about the learner's situation nor empty on
   * its own.
   */
  /**
   * Whether an analyzed term is a word about the learner's situation ("class", "school", "uncle").
   */
  public boolean isGeneric(String term) {
    return genericTerms.contains(term);
  }

  boolean isContent(String term) {
    return !genericTerms.contains(term) && !emptyTerms.contains(term);
  }

  private List<QueryUnit> words(
      String interests,
      Sources sources,
      List<String> unmatched,
      Map<String, String> misspelled,
      Map<String, String> readings) {
    List<QueryUnit> out = new ArrayList<>();
    for (Map.Entry<String, List<Token>> w :
        Tokens.byTerm(Tokens.of(index.analyzer(), Field.TEXT, interests)).entrySet()) {
      Token first = w.getValue().get(0);
      if (emptyTerms.contains(w.getKey())) {
        continue;
      }
      Optional<TypoCorrector.Resolved> resolved = typos.resolve(w.getKey(), first.surface());
      if (resolved.isEmpty()) {
        unmatched.add(first.surface());
        continue;
      }
      TypoCorrector.Resolved r = resolved.get();
      if (r.correctedFrom() != null) {
        misspelled.put(w.getKey(), first.surface());
        readings.put(w.getKey(), r.term());
      }
      double weight =
          (r.correctedFrom() == null ? 1.0 : config.typoPenalty())
              * (genericTerms.contains(r.term()) ? config.genericWordWeight() : 1.0);
      if (weight > 0) {
        out.add(
            new QueryUnit(
                QueryUnit.Kind.WORD,
                first.surface(),
                List.of(r.term()),
                r.correctedFrom() == null ? null : first.surface(),
                weight,
                null,
                List.of(new WeightedTerm(Field.TEXT, r.term(), 1f)),
                source(sources, first),
                -1,
                spans(w.getValue()),
                Double.NaN));
      }
    }
    return out;
  }

  private List<QueryUnit> phrases(String interests, Sources sources) {
    List<QueryUnit> out = new ArrayList<>();
    if (config.phraseWeight() == 0) {
      return out;
    }
    for (Map.Entry<String, List<Token>> p :
        Tokens.byTerm(Tokens.of(index.analyzer(), Field.PHRASE, interests)).entrySet()) {
      if (twoWords(p.getKey()) && index.docFreq(Field.PHRASE, p.getKey()) > 0) {
        Token first = p.getValue().get(0);
        out.add(
            new QueryUnit(
                QueryUnit.Kind.PHRASE,
                first.surface(),
                List.of(p.getKey()),
                null,
                config.phraseWeight(),
                null,
                List.of(new WeightedTerm(Field.PHRASE, p.getKey(), 1f)),
                source(sources, first),
                -1,
                spans(p.getValue()),
                Double.NaN));
      }
    }
    return out;
  }

  /** All words and phrases of the interests searched together, weighted as each weighs alone. */
  private Optional<QueryUnit> allWords(
      String interests, Sources sources, List<QueryUnit> words, List<QueryUnit> phrases) {
    List<String> terms = new ArrayList<>();
    List<WeightedTerm> clauses = new ArrayList<>();
    List<Span> spans = new ArrayList<>();
    for (QueryUnit u : words) {
      terms.addAll(u.terms());
      clauses.add(new WeightedTerm(Field.TEXT, u.terms().get(0), (float) u.weight()));
      spans.addAll(u.spans());
    }
    for (QueryUnit u : phrases) {
      terms.addAll(u.terms());
      clauses.add(new WeightedTerm(Field.PHRASE, u.terms().get(0), (float) u.weight()));
    }
    if (terms.size() < 2 || config.combinedWeight() == 0) {
      return Optional.empty();
    }
    spans.sort(java.util.Comparator.comparingInt(Span::start));
    return Optional.of(
        new QueryUnit(
            QueryUnit.Kind.ALL,
            display(interests),
            terms,
            null,
            config.combinedWeight(),
            null,
            clauses,
            sources.all(),
            -1,
            spans,
            Double.NaN));
  }

  private Optional<QueryUnit> skillUnit(String skill, int skillIndex, int source) {
    List<String> terms = new ArrayList<>();
    List<WeightedTerm> clauses = new ArrayList<>();
    String corrected = null;
    for (Map.Entry<String, List<Token>> w :
        Tokens.byTerm(Tokens.of(index.analyzer(), Field.TEXT, skill)).entrySet()) {
      String word = w.getKey();
      if (emptyTerms.contains(word)) {
        continue;
      }
      Optional<TypoCorrector.Resolved> r = typos.resolve(word, w.getValue().get(0).surface());
      if (r.isEmpty() || terms.contains(r.get().term())) {
        continue;
      }
      float boost = 1f;
      if (r.get().correctedFrom() != null) {
        boost = (float) config.typoPenalty();
        corrected = skill;
      }
      terms.add(r.get().term());
      clauses.add(new WeightedTerm(Field.TEXT, r.get().term(), boost));
    }
    if (config.phraseWeight() > 0) {
      for (String phrase :
          Tokens.byTerm(Tokens.of(index.analyzer(), Field.PHRASE, skill)).keySet()) {
        if (twoWords(phrase) && index.docFreq(Field.PHRASE, phrase) > 0) {
          terms.add(phrase);
          clauses.add(new WeightedTerm(Field.PHRASE, phrase, (float) config.phraseWeight()));
        }
      }
    }
    if (clauses.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new QueryUnit(
            QueryUnit.Kind.SKILL,
            skill,
            terms,
            corrected,
            1.0,
            null,
            clauses,
            source,
            skillIndex,
            List.of(new Span(0, skill.length())),
            Double.NaN));
  }

  private static int source(Sources sources, Token t) {
    return sources.clauses().isEmpty() ? sources.all() : sources.clauseAt(t.span().start());
  }

  private static List<Span> spans(List<Token> tokens) {
    return tokens.stream().map(Token::span).toList();
  }

  static String display(String text) {
    String oneLine = text.replaceAll("\\s+", " ").strip();
    return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 77) + "...";
  }

  /** A pair of real words; pairs padded across a removed stop word are not phrases. */
  private static boolean twoWords(String shingle) {
    int space = shingle.indexOf(' ');
    return space > 0 && space < shingle.length() - 1 && shingle.indexOf(' ', space + 1) < 0;
  }
}

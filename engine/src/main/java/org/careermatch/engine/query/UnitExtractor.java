package org.careermatch.engine.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.util.BytesRef;
import org.careermatch.engine.EngineConfig;
import org.careermatch.engine.LearnerProfile;
import org.careermatch.engine.analysis.AnalyzerFactory;
import org.careermatch.engine.index.EntityIndex;
import org.careermatch.engine.index.Field;
import org.careermatch.engine.index.WeightedTerm;
import org.careermatch.engine.semantic.TextEmbedder;

/**
 * Splits a profile into {@link QueryUnit}s. The learner's text is only ever analyzed into terms and searched as
 * boosted terms (what a disjunction of {@link org.apache.lucene.search.TermQuery}s scores): no query syntax is parsed,
 * so {@code title:(a OR} or {@code *} are just words.
 */
public final class UnitExtractor {
  private static final int MIN_TYPO_LENGTH = 4;
  static final int MAX_CORRECTIONS = 10_000;
  /** At most this many clauses and unmatched skills are embedded per profile; later clauses join the last one. */
  static final int MAX_SEMANTIC_UNITS = 12;
  /** Where interests split into clauses: punctuation and the words that join two interests. */
  private static final Pattern CLAUSE_BREAK = Pattern.compile(
      "[.;,!?:()\\[\\]/|\\n\\r]+|\\s+(?:and|but|or|also|plus|then|while)\\s+", Pattern.CASE_INSENSITIVE);

  private final EntityIndex index;
  private final EngineConfig config;
  private final Set<String> genericTerms;
  private final TextEmbedder embedder;
  /** Typo corrections already worked out, by typed term; emptied when it reaches {@link #MAX_CORRECTIONS}. */
  private final ConcurrentHashMap<String, Optional<Resolved>> corrections = new ConcurrentHashMap<>();

  public UnitExtractor(EntityIndex index, EngineConfig config) {
    this(index, config, null);
  }

  /**
   * @param embedder the sentence-embedding model for semantic units, or null for lexical units only; used only when
   *     the index has vectors and {@link EngineConfig#semanticWeight()} is above 0
   */
  public UnitExtractor(EntityIndex index, EngineConfig config, TextEmbedder embedder) {
    this.index = index;
    this.config = config;
    this.embedder = embedder != null && index.hasVectors() && config.semanticWeight() > 0 ? embedder : null;
    this.genericTerms = Set.copyOf(tokens(index.analyzer(), Field.TEXT,
        String.join(" ", AnalyzerFactory.GENERIC_WORDS)).keySet());
  }

  /** The units of a profile, and the words of its interests that matched nothing the index knows. */
  public record Extraction(List<QueryUnit> units, List<String> unmatched) {
    public Extraction {
      units = List.copyOf(units);
      unmatched = List.copyOf(unmatched);
    }
  }

  public Extraction extract(LearnerProfile profile) {
    List<QueryUnit> units = new ArrayList<>();
    List<String> unmatched = new ArrayList<>();
    Map<String, String> misspelled = new LinkedHashMap<>();
    if (!profile.interests().isEmpty()) {
      Map<String, String> words = tokens(index.analyzer(), Field.TEXT, profile.interests());
      for (Map.Entry<String, String> w : words.entrySet()) {
        var resolved = resolve(w.getKey());
        if (resolved.isEmpty()) {
          unmatched.add(w.getValue());
          continue;
        }
        Resolved r = resolved.get();
        if (r.correctedFrom != null) {
          misspelled.put(w.getKey(), w.getValue());
        }
        double weight = (r.correctedFrom == null ? 1.0 : config.typoPenalty())
            * (genericTerms.contains(r.term) ? config.genericWordWeight() : 1.0);
        if (weight > 0) {
          units.add(new QueryUnit(QueryUnit.Kind.WORD, w.getValue(), List.of(r.term),
              r.correctedFrom == null ? null : w.getValue(), weight, null,
              List.of(new WeightedTerm(Field.TEXT, r.term, 1f))));
        }
      }
      List<String> allTerms = new ArrayList<>();
      List<WeightedTerm> allClauses = new ArrayList<>();
      for (QueryUnit u : units) {
        allTerms.addAll(u.terms());
        allClauses.add(new WeightedTerm(Field.TEXT, u.terms().get(0), (float) u.weight()));
      }
      Map<String, String> phrases = config.phraseWeight() > 0
          ? tokens(index.analyzer(), Field.PHRASE, profile.interests()) : Map.of();
      for (Map.Entry<String, String> p : phrases.entrySet()) {
        if (twoWords(p.getKey()) && index.docFreq(Field.PHRASE, p.getKey()) > 0) {
          units.add(new QueryUnit(QueryUnit.Kind.PHRASE, p.getValue(), List.of(p.getKey()), null, config.phraseWeight(),
              null, List.of(new WeightedTerm(Field.PHRASE, p.getKey(), 1f))));
          allTerms.add(p.getKey());
          allClauses.add(new WeightedTerm(Field.PHRASE, p.getKey(), (float) config.phraseWeight()));
        }
      }
      if (allTerms.size() > 1 && config.combinedWeight() > 0) {
        units.add(new QueryUnit(QueryUnit.Kind.ALL, display(profile.interests()), allTerms, null,
            config.combinedWeight(), null, allClauses));
      }
    }
    List<String> unmatchedSkills = new ArrayList<>();
    for (String skill : profile.skills()) {
      Optional<QueryUnit> unit = skillUnit(skill);
      unit.ifPresent(units::add);
      if (unit.isEmpty()) {
        unmatchedSkills.add(skill);
      }
    }
    if (embedder != null) {
      units.addAll(semanticUnits(profile.interests(), unmatchedSkills, misspelled));
    }
    return new Extraction(units, unmatched);
  }

  /** Whether semantic units are made (a model is present, the index has vectors, the weight is above 0). */
  public boolean semantic() {
    return embedder != null;
  }

  /**
   * The semantic units: each clause of the interests, then each listed skill no indexed word matched. A clause with a
   * word that looks misspelled (its word was corrected against the index) weighs {@link EngineConfig#typoPenalty()}
   * less, as the corrected word does: the model reads the misspelling as written ("nurce" is not near "nurse").
   *
   * @param misspelled the analyzed terms of the interests that were corrected, with the words as typed
   */
  private List<QueryUnit> semanticUnits(String interests, List<String> unmatchedSkills,
      Map<String, String> misspelled) {
    List<QueryUnit> out = new ArrayList<>();
    for (String clause : clauses(interests)) {
      if (out.size() == MAX_SEMANTIC_UNITS) {
        break;
      }
      if (hasContent(clause)) {
        String typo = null;
        for (String t : tokens(index.analyzer(), Field.TEXT, clause).keySet()) {
          if (misspelled.containsKey(t)) {
            typo = typo == null ? misspelled.get(t) : typo + " " + misspelled.get(t);
          }
        }
        out.add(semanticUnit(QueryUnit.Kind.MEANING, clause, typo));
      }
    }
    for (String skill : unmatchedSkills) {
      if (out.size() < MAX_SEMANTIC_UNITS && hasContent(skill)) {
        out.add(semanticUnit(QueryUnit.Kind.SKILL_MEANING, skill, null));
      }
    }
    return out;
  }

  /** @param misspelled the clause's words that look misspelled, or null */
  private QueryUnit semanticUnit(QueryUnit.Kind kind, String text, String misspelled) {
    float[] vector = embedder.embed(text);
    // a word is only ever corrected when typoPenalty > 0, so the weight stays positive
    double weight = config.semanticWeight() * (misspelled == null ? 1.0 : config.typoPenalty());
    return new QueryUnit(kind, display(text), List.of(), misspelled, weight,
        new KnnFloatVectorQuery(Field.VECTOR.fieldName(), vector, config.semanticHits()), List.of());
  }

  /** A clause says something when it has a word that is neither a stop word nor about the learner's situation. */
  private boolean hasContent(String text) {
    for (String t : tokens(index.analyzer(), Field.TEXT, text).keySet()) {
      if (!genericTerms.contains(t)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The clauses of the interests, split at punctuation and at joining words ("I like drawing and video games" ->
   * "I like drawing", "video games"); at most {@value #MAX_SEMANTIC_UNITS}, the rest joined to the last.
   */
  static List<String> clauses(String interests) {
    List<String> out = new ArrayList<>();
    for (String part : CLAUSE_BREAK.split(interests)) {
      String c = part.replaceAll("\\s+", " ").strip();
      if (c.isEmpty() || c.chars().noneMatch(Character::isLetter)) {
        continue;
      }
      if (out.size() == MAX_SEMANTIC_UNITS) {
        out.set(out.size() - 1, out.get(out.size() - 1) + " " + c);
      } else {
        out.add(c);
      }
    }
    return out;
  }

  private Optional<QueryUnit> skillUnit(String skill) {
    List<String> terms = new ArrayList<>();
    List<WeightedTerm> clauses = new ArrayList<>();
    String corrected = null;
    for (String word : tokens(index.analyzer(), Field.TEXT, skill).keySet()) {
      var r = resolve(word);
      if (r.isEmpty() || terms.contains(r.get().term)) {
        continue;
      }
      float boost = 1f;
      if (r.get().correctedFrom != null) {
        boost = (float) config.typoPenalty();
        corrected = skill;
      }
      terms.add(r.get().term);
      clauses.add(new WeightedTerm(Field.TEXT, r.get().term, boost));
    }
    if (config.phraseWeight() > 0) {
      for (String phrase : tokens(index.analyzer(), Field.PHRASE, skill).keySet()) {
        if (twoWords(phrase) && index.docFreq(Field.PHRASE, phrase) > 0) {
          terms.add(phrase);
          clauses.add(new WeightedTerm(Field.PHRASE, phrase, (float) config.phraseWeight()));
        }
      }
    }
    if (clauses.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new QueryUnit(QueryUnit.Kind.SKILL, skill, terms, corrected, 1.0, null, clauses));
  }

  private static String display(String text) {
    String oneLine = text.replaceAll("\\s+", " ").strip();
    return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 77) + "...";
  }

  /** A pair of real words; pairs padded across a removed stop word are not phrases. */
  private static boolean twoWords(String shingle) {
    int space = shingle.indexOf(' ');
    return space > 0 && space < shingle.length() - 1 && shingle.indexOf(' ', space + 1) < 0;
  }

  private record Resolved(String term, String correctedFrom) {}

  /** The term itself when the index knows it, else the closest known term within two edits, else nothing. */
  private Optional<Resolved> resolve(String term) {
    if (index.docFreq(Field.TEXT, term) > 0) {
      return Optional.of(new Resolved(term, null));
    }
    if (term.length() < MIN_TYPO_LENGTH || term.chars().anyMatch(Character::isDigit) || config.typoPenalty() == 0) {
      return Optional.empty();
    }
    // the closest term depends on the immutable index only, and its automaton is costly: remember it (bounded)
    Optional<Resolved> known = corrections.get(term);
    if (known == null) {
      String best = closest(index.textTerms(), term);
      known = best == null ? Optional.empty() : Optional.of(new Resolved(best, term));
      if (corrections.size() >= MAX_CORRECTIONS) {
        corrections.clear();
      }
      corrections.put(term, known);
    }
    return known;
  }

  private static String closest(Terms terms, String term) {
    if (terms == null) {
      return null;
    }
    try {
      int maxEdits = term.length() <= 5 ? 1 : 2;
      FuzzyTermsEnum fuzzy = new FuzzyTermsEnum(terms, new Term(Field.TEXT.fieldName(), term), maxEdits, 1, true);
      String best = null;
      float bestBoost = -1;
      int bestFreq = -1;
      BytesRef t;
      while ((t = fuzzy.next()) != null) {
        float boost = fuzzy.getBoost();
        int freq = fuzzy.docFreq();
        String s = t.utf8ToString();
        if (boost > bestBoost || (boost == bestBoost && (freq > bestFreq || (freq == bestFreq && s.compareTo(best) < 0)))) {
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

  /** Distinct analyzed terms of {@code text} in order, each with the words the learner typed for it. */
  static Map<String, String> tokens(Analyzer analyzer, Field field, String text) {
    Map<String, String> out = new LinkedHashMap<>();
    try (TokenStream ts = analyzer.tokenStream(field.fieldName(), text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        String t = term.toString();
        if (t.isBlank()) {
          continue;
        }
        int start = Math.max(0, Math.min(offset.startOffset(), text.length()));
        int end = Math.max(start, Math.min(offset.endOffset(), text.length()));
        String surface = text.substring(start, end).strip().toLowerCase(Locale.ROOT);
        out.putIfAbsent(t, surface.isEmpty() ? t : surface);
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}

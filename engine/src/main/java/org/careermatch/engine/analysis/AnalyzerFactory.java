package org.careermatch.engine.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.miscellaneous.TrimFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.careermatch.engine.index.Field;

/**
 * The one analyzer definition careermatch uses, at index time and at query time alike.
 *
 * <p>Chain: standard tokenizer, ASCII folding, lower case, possessives, curated everyday synonyms
 * (each mapped to one canonical form, so "vet" and "veterinarian" index and query as the same
 * term), stop words, KStem: a light, dictionary-based stemmer ("animals" reads as "animal"), where
 * Porter's rules also joined words that only share a prefix (customer, customs and customizing all
 * became "custom"; animals and animation "anim"). The {@link Field#PHRASE} field adds word pairs on
 * top, so that multi-word terms ("project management", "customer service") match as units and
 * outscore their words taken apart.
 */
public final class AnalyzerFactory {
  /**
   * Hedges and chat filler ("maybe", "idk", "really", "stuff"): stop words, and taken out of a
   * clause before its meaning is read, so that adding one never changes an answer.
   */
  public static final java.util.List<String> FILLER_WORDS =
      loadWordLines("careermatch/analysis/filler-words.txt");

  /**
   * Words that never count as evidence on their own ("help", "being", "little") but stay in the
   * text.
   */
  public static final java.util.List<String> EMPTY_WORDS =
      loadWordLines("careermatch/analysis/empty-words.txt");

  /** Head nouns of job titles that are a job of their own ("teachers"); see role-heads.txt. */
  public static final java.util.List<String> ROLE_HEADS =
      loadWordLines("careermatch/analysis/role-heads.txt");

  /**
   * Stop words: Lucene's English list, stop-words.txt (words students put around what they mean)
   * and filler-words.txt.
   */
  public static final CharArraySet STOP_WORDS;

  static {
    CharArraySet stop = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
    stop.addAll(loadWordLines("careermatch/analysis/stop-words.txt"));
    stop.addAll(FILLER_WORDS);
    STOP_WORDS = CharArraySet.unmodifiableSet(stop);
  }

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private static final SynonymMap SYNONYMS = loadSynonyms("careermatch/analysis/synonyms.txt");

  /**
   * Words the stemmer would fold onto a word with another everyday meaning ("trainers" onto
   * "train"), each with the term it is kept as; see stem-overrides.txt.
   */
  private static final StemmerOverrideFilter.StemmerOverrideMap STEM_OVERRIDES =
      stemOverrides(loadPairs("careermatch/analysis/stem-overrides.txt"));

  /** Relatives: who the learner does things with, not what the work is; see relatives.txt. */
  public static final java.util.List<String> RELATIVES =
      loadWordLines("careermatch/analysis/relatives.txt");

  /**
   * Words about the learner's situation rather than a career direction (relatives too); they weigh
   * less as inputs.
   */
  public static final java.util.List<String> GENERIC_WORDS =
      java.util.stream.Stream.concat(
              loadWordLines("careermatch/analysis/generic-words.txt").stream(), RELATIVES.stream())
          .toList();

  /**
   * English words (SCOWL's common list, credited in english-words.txt): a typed word among them is
   * not a typo.
   */
  public static final java.util.Set<String> ENGLISH_WORDS =
      java.util.Set.copyOf(loadWordLines("careermatch/analysis/english-words.txt"));

  private AnalyzerFactory() {}

  /** The per-field analyzer for every field of {@link Field}. */
  public static Analyzer create() {
    return new PerFieldAnalyzerWrapper(text(), Map.of(Field.PHRASE.fieldName(), phrases()));
  }

  /** Single words: what {@link Field#TEXT} holds. */
  public static Analyzer text() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, words(source));
      }
    };
  }

  /**
   * A whole name as one term, folded the way {@link #text()} folds words (ASCII folding, lower
   * case) with its whitespace collapsed: "Café Manager" is "cafe manager". Names and what a learner
   * types into a typeahead go through it alike.
   */
  public static Analyzer names() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new KeywordTokenizer();
        TokenStream s = new ASCIIFoldingFilter(source);
        s = new LowerCaseFilter(s);
        s = new PatternReplaceFilter(s, WHITESPACE, " ", true);
        return new TokenStreamComponents(source, new TrimFilter(s));
      }
    };
  }

  /**
   * The occupation search's title words: the same chain with Porter's stemmer instead of KStem. The
   * search's tiers (exact, prefix, one and two edits) were recorded against the service's answers
   * with Porter stems; moving it to KStem, as matching did, is still to do (with KStem 13 of its 44
   * recorded queries answer differently, 6 with Porter).
   */
  public static Analyzer titles() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, new PorterStemFilter(unstemmed(source)));
      }
    };
  }

  /** Adjacent word pairs: what {@link Field#PHRASE} holds. */
  public static Analyzer phrases() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        ShingleFilter shingles = new ShingleFilter(words(source), 2, 2);
        shingles.setOutputUnigrams(false);
        shingles.setFillerToken("");
        return new TokenStreamComponents(source, shingles);
      }
    };
  }

  private static TokenStream words(Tokenizer source) {
    return new KStemFilter(unstemmed(source));
  }

  /**
   * Folding, lower case, possessives, synonyms, stop words and stem overrides: everything but the
   * stemmer.
   */
  private static TokenStream unstemmed(Tokenizer source) {
    TokenStream s = new ASCIIFoldingFilter(source);
    s = new LowerCaseFilter(s);
    s = new EnglishPossessiveFilter(s);
    s = new SynonymGraphFilter(s, SYNONYMS, true);
    s = new FlattenGraphFilter(s);
    s = new StopFilter(s, STOP_WORDS);
    return new StemmerOverrideFilter(s, STEM_OVERRIDES);
  }

  private static StemmerOverrideFilter.StemmerOverrideMap stemOverrides(
      Map<String, String> overrides) {
    StemmerOverrideFilter.Builder b = new StemmerOverrideFilter.Builder(false);
    overrides.forEach(b::add);
    try {
      return b.build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the stemmer overrides", e);
    }
  }

  /**
   * The words of a word list: several per line, separated by spaces; {@code #} starts a comment
   * line.
   */
  private static java.util.List<String> loadWordLines(String resource) {
    return loadWords(resource).stream()
        .flatMap(l -> java.util.Arrays.stream(l.split("\\s+")))
        .toList();
  }

  /** Lines of two words, the word and what it stands for. */
  private static Map<String, String> loadPairs(String resource) {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    for (String line : loadWords(resource)) {
      String[] parts = line.split("\\s+");
      if (parts.length != 2) {
        throw new IllegalStateException(
            resource + ": a line needs a word and its stem (was '" + line + "')");
      }
      if (out.put(parts[0], parts[1]) != null) {
        throw new IllegalStateException(resource + ": '" + parts[0] + "' is listed twice");
      }
    }
    return Map.copyOf(out);
  }

  private static java.util.List<String> loadWords(String resource) {
    try (InputStream in = AnalyzerFactory.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("word list " + resource + " is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read word list " + resource, e);
    }
  }

  private static SynonymMap loadSynonyms(String resource) {
    try (InputStream in = AnalyzerFactory.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "synonym list " + resource + " is missing from the classpath");
      }
      try (Analyzer parse = lowerCaseWhitespace();
          Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        SolrSynonymParser parser = new SolrSynonymParser(true, false, parse);
        parser.parse(reader);
        return parser.build();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read synonym list " + resource, e);
    } catch (ParseException e) {
      throw new IllegalStateException(
          "synonym list " + resource + " line " + e.getErrorOffset() + ": " + e.getMessage(), e);
    }
  }

  private static Analyzer lowerCaseWhitespace() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new org.apache.lucene.analysis.core.WhitespaceTokenizer();
        return new TokenStreamComponents(source, new LowerCaseFilter(source));
      }
    };
  }
}

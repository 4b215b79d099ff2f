package org.careermatch.engine.interest;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.careermatch.data.FrameworkData;
import org.careermatch.data.PersonalQuality;
import org.careermatch.data.Subject;
import org.careermatch.data.interest.InterestCue;
import org.careermatch.data.interest.RiasecType;
import org.careermatch.engine.EngineConfig;
import org.careermatch.engine.index.EntityIndex;
import org.careermatch.engine.index.EntityType;
import org.careermatch.engine.index.Field;
import org.careermatch.engine.query.QueryUnit;
import org.careermatch.engine.query.Token;
import org.careermatch.engine.query.Tokens;
import org.careermatch.engine.query.UnitExtractor;
import org.careermatch.engine.rank.EvidenceTable;
import org.careermatch.engine.semantic.TextVectors;
import org.careermatch.engine.semantic.Vectors;

/**
 * Reads a learner's interest types from what they wrote: the interest cues (O*NET's RIASEC keywords
 * and illustrative activities, and everyday words) their words contain, the school subjects and
 * personal qualities they named (each suggests types), and, with a model, how close each clause and
 * skill comes in meaning to the cues of each type.
 */
public final class InterestReader {
  /** A cue as analyzed terms, with its type and weight. */
  private record Cue(List<String> terms, RiasecType type, double weight, String text) {}

  /** A clause counts for its closest type and for types this close to it. */
  private static final double TIE = 0.02;

  private final List<Cue> cues = new ArrayList<>();

  /**
   * Each personal quality's name and aliases as analyzed terms, with the quality's types. Read
   * here, not from the index: most qualities link to no cluster, so the index has no document of
   * theirs.
   */
  private record QualityNames(List<List<String>> names, Map<RiasecType, Double> types) {}

  private final List<QualityNames> qualities = new ArrayList<>();

  /**
   * Positions in {@link #cues} by their first term, ascending: a text's words find the few cues
   * they may start, instead of every cue being looked for in every text.
   */
  private final Map<String, int[]> cuesByFirstTerm;

  /** Positions in {@link #qualities} by the first term of one of their names, ascending. */
  private final Map<String, int[]> qualitiesByFirstTerm;

  private final Map<String, Map<RiasecType, Double>> entityTypes = new java.util.HashMap<>();
  private final EngineConfig config;

  /**
   * Words about the learner's situation ("class", "school"): they name a subject or quality but say
   * nothing of it.
   */
  private final Predicate<String> isGeneric;

  private final EntityIndex index;

  /** Every interest cue's vector, and its type's ordinal at the same position; null without. */
  private final float[][] cueVectors;

  private final int[] cueTypes;

  /**
   * The texts whose vectors the reader compares clauses with: every interest cue of {@code data},
   * in order (the build computes their vectors, {@code VectorBuilder}).
   */
  public static List<String> cueTexts(FrameworkData data) {
    return data.interestCues().stream().map(InterestCue::text).toList();
  }

  /**
   * @param isGeneric whether an analyzed term is a situation word (the unit extractor's own test)
   * @param cueVectors the vectors of {@link #cueTexts} of {@code data} for reading clauses by
   *     meaning, or null
   */
  public InterestReader(
      FrameworkData data,
      EntityIndex index,
      EngineConfig config,
      Predicate<String> isGeneric,
      TextVectors cueVectors) {
    this.config = config;
    this.index = index;
    this.isGeneric = isGeneric;
    for (InterestCue c : data.interestCues()) {
      List<String> terms =
          Tokens.of(index.analyzer(), Field.TEXT, c.text()).stream().map(Token::term).toList();
      if (!terms.isEmpty()) {
        cues.add(new Cue(terms, c.type(), c.weight(), c.text()));
      }
    }
    for (Subject s : data.subjects()) {
      entityTypes.put("subject:" + s.id(), s.types());
    }
    for (PersonalQuality q : data.qualities()) {
      List<List<String>> names = new ArrayList<>();
      for (String name : concat(q.name(), q.aliases())) {
        List<String> terms =
            Tokens.of(index.analyzer(), Field.TEXT, name).stream().map(Token::term).toList();
        if (!terms.isEmpty()) {
          names.add(terms);
        }
      }
      qualities.add(new QualityNames(names, q.types()));
    }
    Map<String, List<Integer>> cueStarts = new HashMap<>();
    for (int i = 0; i < cues.size(); i++) {
      cueStarts.computeIfAbsent(cues.get(i).terms().get(0), k -> new ArrayList<>()).add(i);
    }
    this.cuesByFirstTerm = positions(cueStarts);
    Map<String, List<Integer>> qualityStarts = new HashMap<>();
    for (int i = 0; i < qualities.size(); i++) {
      for (List<String> name : qualities.get(i).names()) {
        List<Integer> list = qualityStarts.computeIfAbsent(name.get(0), k -> new ArrayList<>());
        if (list.isEmpty() || list.get(list.size() - 1) != i) {
          list.add(i);
        }
      }
    }
    this.qualitiesByFirstTerm = positions(qualityStarts);
    if (cueVectors == null) {
      this.cueVectors = null;
      this.cueTypes = null;
    } else {
      List<InterestCue> all = data.interestCues();
      if (cueVectors.size() != all.size()) {
        throw new IllegalArgumentException(
            cueVectors.size() + " interest cue vectors for " + all.size() + " interest cues");
      }
      this.cueVectors = new float[all.size()][];
      this.cueTypes = new int[all.size()];
      for (int i = 0; i < all.size(); i++) {
        this.cueVectors[i] = cueVectors.vector(i);
        this.cueTypes[i] = all.get(i).type().ordinal();
      }
    }
  }

  public LearnerInterests read(
      UnitExtractor.Extraction extraction,
      EvidenceTable evidence,
      EntityIndex index,
      String interests,
      List<String> skills) {
    double[] score = new double[RiasecType.values().length];
    Map<RiasecType, Set<String>> words = new EnumMap<>(RiasecType.class);
    List<String> texts = new ArrayList<>();
    texts.add(interests);
    texts.addAll(skills);
    List<List<Token>> tokenized = new ArrayList<>(texts.size());
    for (String text : texts) {
      List<Token> tokens =
          text.isEmpty() ? List.of() : Tokens.of(index.analyzer(), Field.TEXT, text);
      tokenized.add(tokens);
      // the cues this text's words may start, in cue order (the order they always counted in)
      BitSet started = starts(tokens, cuesByFirstTerm);
      for (int k = started.nextSetBit(0); k >= 0; k = started.nextSetBit(k + 1)) {
        Cue cue = cues.get(k);
        int at = find(tokens, cue.terms());
        if (at >= 0) {
          score[cue.type().ordinal()] += cue.weight();
          words
              .computeIfAbsent(cue.type(), t -> new LinkedHashSet<>())
              .add(surface(text, tokens, at, cue.terms().size()));
        }
      }
    }
    // a quality counts once, however many of its names the learner wrote
    List<String> qualityWords = new ArrayList<>();
    BitSet candidates = new BitSet(qualities.size());
    for (List<Token> tokens : tokenized) {
      candidates.or(starts(tokens, qualitiesByFirstTerm));
    }
    for (int c = candidates.nextSetBit(0); c >= 0; c = candidates.nextSetBit(c + 1)) {
      QualityNames q = qualities.get(c);
      String named = firstName(q, texts, tokenized);
      if (named != null) {
        qualityWords.add(named);
        for (Map.Entry<RiasecType, Double> e : q.types().entrySet()) {
          score[e.getKey().ordinal()] += e.getValue();
          words.computeIfAbsent(e.getKey(), k -> new LinkedHashSet<>()).add(named);
        }
      }
    }
    // the school subjects the learner's words named (each is indexed: every subject links to a
    // cluster)
    evidence
        .entityScores(EntityType.SUBJECT)
        .forEach(
            (id, s) -> {
              Map<RiasecType, Double> types = entityTypes.get(id);
              List<String> naming =
                  evidence.wordsNaming(id).stream().filter(this::saysSomething).toList();
              if (types != null && s > 0 && !naming.isEmpty()) {
                types.forEach(
                    (t, w) -> {
                      score[t.ordinal()] += w;
                      for (String named : naming) {
                        words
                            .computeIfAbsent(t, k -> new LinkedHashSet<>())
                            .add(named.toLowerCase(java.util.Locale.ROOT));
                      }
                    });
              }
            });
    if (cueVectors != null) {
      // each clause or skill counts for the type its meaning comes closest to (and types within a
      // hair of it)
      for (QueryUnit u : extraction.units()) {
        if (u.vectorQuery() instanceof org.apache.lucene.search.KnnFloatVectorQuery knn) {
          float[] q = knn.getTargetCopy();
          float[][] queries = new float[cueVectors.length][];
          java.util.Arrays.fill(queries, q);
          double[] dots = new double[cueVectors.length];
          // four cues at a time, each sum in the same order as one by one: the same values
          Vectors.dots(cueVectors, queries, cueVectors.length, dots);
          double[] best = new double[RiasecType.values().length];
          java.util.Arrays.fill(best, -1);
          double top = -1;
          for (int c = 0; c < dots.length; c++) {
            best[cueTypes[c]] = Math.max(best[cueTypes[c]], dots[c]);
            top = Math.max(top, dots[c]);
          }
          // a clause the index knows no word of needs the unit's own raised floor here too
          double floor = Math.max(config.interestCueFloor(), u.minSimilarity());
          for (RiasecType t : RiasecType.values()) {
            double b = best[t.ordinal()];
            if (b > floor && b >= top - TIE) {
              score[t.ordinal()] += (b - floor) / (1 - floor);
              words
                  .computeIfAbsent(t, k -> new LinkedHashSet<>())
                  .add(u.input().toLowerCase(java.util.Locale.ROOT));
            }
          }
        }
      }
    }
    double total = 0;
    for (double s : score) {
      total += s;
    }
    if (total <= 0) {
      return LearnerInterests.NONE;
    }
    Map<RiasecType, Double> shares = new EnumMap<>(RiasecType.class);
    List<RiasecType> ranked = new ArrayList<>(List.of(RiasecType.values()));
    for (RiasecType t : RiasecType.values()) {
      shares.put(t, score[t.ordinal()] / total);
    }
    ranked.sort((a, b) -> Double.compare(score[b.ordinal()], score[a.ordinal()]));
    StringBuilder code = new StringBuilder();
    for (RiasecType t : ranked) {
      if (code.length() < 3 && score[t.ordinal()] > 0) {
        code.append(t.letter());
      }
    }
    Map<RiasecType, List<String>> behind = new EnumMap<>(RiasecType.class);
    words.forEach((t, w) -> behind.put(t, List.copyOf(w)));
    return new LearnerInterests(shares, code.toString(), behind, total, qualityWords);
  }

  /**
   * Whether a word has a term that is not a situation word ("chemistry" does, "class" does not).
   */
  private boolean saysSomething(String word) {
    for (Token t : Tokens.of(index.analyzer(), Field.TEXT, word)) {
      if (!isGeneric.test(t.term())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The learner's words that name the quality first (lower case), or null when the texts do not
   * name it.
   */
  private String firstName(QualityNames q, List<String> texts, List<List<Token>> tokenized) {
    for (int i = 0; i < texts.size(); i++) {
      for (List<String> name : q.names()) {
        int at = find(tokenized.get(i), name);
        if (at >= 0) {
          String surface = surface(texts.get(i), tokenized.get(i), at, name.size());
          if (saysSomething(surface)) {
            return surface;
          }
        }
      }
    }
    return null;
  }

  /** The learner's words, lower case, from token {@code at} to the {@code count}th after it. */
  private static String surface(String text, List<Token> tokens, int at, int count) {
    return text.substring(tokens.get(at).span().start(), tokens.get(at + count - 1).span().end())
        .toLowerCase(java.util.Locale.ROOT);
  }

  private static List<String> concat(String first, List<String> more) {
    List<String> out = new ArrayList<>(1 + more.size());
    out.add(first);
    out.addAll(more);
    return out;
  }

  /** The positions the tokens' terms start, from a map by first term. */
  private static BitSet starts(List<Token> tokens, Map<String, int[]> byFirstTerm) {
    BitSet out = new BitSet();
    for (Token t : tokens) {
      int[] at = byFirstTerm.get(t.term());
      if (at != null) {
        for (int i : at) {
          out.set(i);
        }
      }
    }
    return out;
  }

  private static Map<String, int[]> positions(Map<String, List<Integer>> lists) {
    Map<String, int[]> out = new HashMap<>(2 * lists.size());
    lists.forEach((k, v) -> out.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
    return out;
  }

  /** Where the cue's terms stand together in the tokens (in order, adjacent), or -1. */
  private static int find(List<Token> tokens, List<String> terms) {
    outer:
    for (int i = 0; i + terms.size() <= tokens.size(); i++) {
      for (int j = 0; j < terms.size(); j++) {
        if (!tokens.get(i + j).term().equals(terms.get(j))) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}

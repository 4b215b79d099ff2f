package org.careermatch.evaluation.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.careermatch.data.DataLoader;
import org.careermatch.data.FrameworkData;
import org.careermatch.engine.Engine;
import org.careermatch.engine.EngineConfig;
import org.careermatch.engine.LearnerProfile;
import org.careermatch.engine.MatchResult;
import org.careermatch.engine.index.Field;
import org.careermatch.engine.semantic.CachedEmbedder;
import org.careermatch.engine.semantic.OnnxEmbedder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A typical match, explanations included, beside a raw Lucene search of the same words over the
 * same index (one disjunction of the profile's analyzed terms, top 50), by words only and with
 * matching by meaning (uncached and cached query vectors). Run: see evaluation/README.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MatchBenchmark {
  /** Profiles as students write them: short, mixed, with skills. */
  static final List<LearnerProfile> PROFILES =
      List.of(
          LearnerProfile.of(
              "I like drawing and video games, I help at my uncle's garage",
              "Python",
              "CPR",
              "customer service"),
          LearnerProfile.of("I love animals and want to work outside"),
          LearnerProfile.of("", "Python", "SQL", "Tableau"),
          LearnerProfile.of(
              "i want to be a nurse someday, i volunteer at the hospital", "first aid"),
          LearnerProfile.of(
              "building things, woodshop, helping my dad fix the house", "power tools"),
          LearnerProfile.of(
              "making tiktoks and editing videos, maybe marketing", "Canva", "social media"),
          LearnerProfile.of("i like money and math, maybe banking or accounting", "Excel"),
          LearnerProfile.of("cooking for my family and planning parties"));

  /**
   * {@code lexical}: words only; {@code semantic}: words and meaning, every query clause embedded
   * anew (the uncached cost); {@code semantic-cached}: the same with every clause's vector already
   * cached, as the service's query-vector cache serves repeated clauses.
   */
  @Param({"lexical", "semantic", "semantic-cached"})
  public String mode;

  private Engine engine;
  private List<Query> raw;
  private int next;

  @Setup
  public void setUp() throws IOException {
    FrameworkData data = DataLoader.loadDefault();
    engine =
        switch (mode) {
          case "lexical" -> Engine.create(data, EngineConfig.defaults());
          case "semantic" ->
              Engine.create(data, EngineConfig.defaults(), OnnxEmbedder.load(), null);
          case "semantic-cached" -> {
            // an unbounded cache: the benchmark's few clauses are embedded once
            Map<String, float[]> vectors = new ConcurrentHashMap<>();
            yield Engine.create(
                data,
                EngineConfig.defaults(),
                new CachedEmbedder(OnnxEmbedder.load(), CachedEmbedder.Store.of(vectors)),
                null);
          }
          default -> throw new IllegalArgumentException("unknown mode '" + mode + "'");
        };
    raw = new ArrayList<>();
    for (LearnerProfile p : PROFILES) {
      raw.add(rawQuery(p.interests() + " " + String.join(" ", p.skills())));
    }
  }

  private Query rawQuery(String text) throws IOException {
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    try (TokenStream ts = engine.index().analyzer().tokenStream(Field.TEXT.fieldName(), text)) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        q.add(
            new TermQuery(new Term(Field.TEXT.fieldName(), t.toString())),
            BooleanClause.Occur.SHOULD);
      }
      ts.end();
    }
    return q.build();
  }

  @Benchmark
  public MatchResult match() {
    next = (next + 1) % PROFILES.size();
    return engine.match(PROFILES.get(next));
  }

  @Benchmark
  public TopDocs rawLuceneSearch() throws IOException {
    next = (next + 1) % PROFILES.size();
    return engine.index().searcher().search(raw.get(next), 50);
  }
}

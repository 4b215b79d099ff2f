package org.careermatch.engine.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.careermatch.data.ClusterId;
import org.careermatch.data.FrameworkData;
import org.careermatch.data.Membership;
import org.careermatch.data.ReportOccupation;
import org.careermatch.data.SocOccupation;
import org.careermatch.data.SubClusterId;
import org.careermatch.engine.analysis.AnalyzerFactory;
import org.careermatch.engine.analysis.TypoPolicy;

/**
 * Searches the report's sample and emerging occupations and the SOC occupations of the crosswalk by
 * title, or by SOC code ("29-1141"), in a small Lucene index.
 *
 * <p>Titles and query go through the engine's analyzer ({@link AnalyzerFactory#text()}, so "vet"
 * finds veterinarians and "nurses" finds "Nurse"). Each query word then matches the title words the
 * index's term dictionary gives for it: the word itself ({@link TermQuery}, worth {@value #EXACT}),
 * words it starts ({@link PrefixQuery}, from 2 characters, {@value #PREFIX}) and words within the
 * edits of {@link TypoPolicy} ({@link FuzzyQuery}, {@value #TYPO} for 1 edit, {@value #TYPO_2} for
 * 2). A title scores the mean of its query words' best matches, scaled by how much of the title
 * they cover; titles matching more query words come first, then higher scores, report occupations
 * before SOC ones, shorter titles, then by title and id.
 */
public final class OccupationSearch implements AutoCloseable {
  static final double EXACT = 1.0;
  static final double PREFIX = 0.8;

  /** A title word 1 edit off; one 2 edits off counts {@value #TYPO_2}. */
  static final double TYPO = 0.6;

  static final double TYPO_2 = 0.4;
  private static final Pattern SOC_CODE = Pattern.compile("\\d{2}-\\d{4}");
  private static final String TITLE = "title";
  private static final String CODE = "soc";

  private record Entry(OccupationHit hit, List<String> terms) {}

  private record Scored(Entry entry, int matched, double score) {}

  private final Analyzer analyzer = AnalyzerFactory.titles();
  private final List<Entry> entries = new ArrayList<>();
  private final SearchIndex index;
  private final TypoPolicy typos;

  /** A search with the engine's default typo policy. */
  public OccupationSearch(FrameworkData data) {
    this(data, TypoPolicy.DEFAULT);
  }

  /** A search forgiving typos as {@code typos} says (the engine's configured policy). */
  public OccupationSearch(FrameworkData data, TypoPolicy typos) {
    Objects.requireNonNull(data, "data");
    this.typos = Objects.requireNonNull(typos, "typos");
    List<Document> docs = new ArrayList<>();
    // a listing in doubt is left out: its title stays findable where the report also lists it
    for (ReportOccupation o : data.occupationsInUse()) {
      Set<String> clusters = new LinkedHashSet<>();
      clusters.add(o.cluster().value());
      o.alsoIn().forEach(c -> clusters.add(c.value()));
      add(
          new OccupationHit(
              o.id(),
              o.title(),
              "report",
              o.emerging() ? "emerging" : "sample",
              List.copyOf(clusters),
              o.subClusters().stream().map(SubClusterId::value).toList(),
              o.soc(),
              0),
          docs);
    }
    for (SocOccupation o : data.socOccupations()) {
      add(
          new OccupationHit(
              o.id(),
              o.title(),
              "soc",
              null,
              o.memberships().stream()
                  .map(Membership::cluster)
                  .map(ClusterId::value)
                  .distinct()
                  .toList(),
              o.memberships().stream()
                  .map(Membership::subCluster)
                  .map(SubClusterId::value)
                  .distinct()
                  .toList(),
              List.of(o.code()),
              0),
          docs);
    }
    index = new SearchIndex(docs, analyzer);
  }

  private void add(OccupationHit hit, List<Document> docs) {
    entries.add(new Entry(hit, SearchIndex.analyze(analyzer, TITLE, hit.title())));
    Document doc = new Document();
    doc.add(new TextField(TITLE, hit.title(), Store.NO));
    for (String code : new LinkedHashSet<>(hit.soc())) {
      doc.add(new StringField(CODE, code, Store.NO));
    }
    docs.add(doc);
  }

  /**
   * The occupations best matching a query, best first.
   *
   * @param query words of a title, or an SOC code such as 29-1141
   * @param limit the most hits to return, at least 1
   */
  public List<OccupationHit> search(String query, int limit) {
    Objects.requireNonNull(query, "query");
    if (limit < 1) {
      throw new IllegalArgumentException("limit is at least 1, not " + limit);
    }
    String q = query.strip();
    List<Scored> found = new ArrayList<>();
    if (SOC_CODE.matcher(q).matches()) {
      for (int doc : index.matching(new TermQuery(new Term(CODE, q)))) {
        found.add(new Scored(entries.get(doc), 1, 1.0));
      }
    } else {
      List<String> words = SearchIndex.analyze(analyzer, TITLE, q);
      if (words.isEmpty()) {
        return List.of();
      }
      List<Map<String, Double>> matches = new ArrayList<>();
      Set<BytesRef> all = new LinkedHashSet<>();
      for (String w : words) {
        Map<String, Double> m = titleWordsMatching(w);
        matches.add(m);
        m.keySet().forEach(t -> all.add(new BytesRef(t)));
      }
      if (all.isEmpty()) {
        return List.of();
      }
      for (int doc : index.matching(new TermInSetQuery(TITLE, all))) {
        found.add(score(entries.get(doc), matches));
      }
    }
    found.sort(
        Comparator.comparingInt(Scored::matched)
            .reversed()
            .thenComparing(Comparator.comparingDouble(Scored::score).reversed())
            .thenComparing(s -> s.entry().hit().source().equals("report") ? 0 : 1)
            .thenComparingInt(s -> s.entry().hit().title().length())
            .thenComparing(s -> s.entry().hit().title())
            .thenComparing(s -> s.entry().hit().id()));
    return found.stream().limit(limit).map(s -> s.entry().hit().scored(s.score())).toList();
  }

  /**
   * The title words of the index a query word matches, each with how well: exactly, as their start,
   * or as a typo.
   */
  private Map<String, Double> titleWordsMatching(String word) {
    Map<String, Double> out = new HashMap<>();
    Terms terms = index.terms(TITLE);
    if (terms == null) {
      return out;
    }
    for (int edits = typos.maxEdits(word); edits > 0; edits--) {
      collect(
          new FuzzyQuery(new Term(TITLE, word), edits, 0, Integer.MAX_VALUE, true),
          terms,
          edits == 1 ? TYPO : TYPO_2,
          out);
    }
    if (word.length() >= 2) {
      collect(new PrefixQuery(new Term(TITLE, word)), terms, PREFIX, out);
    }
    collect(new TermQuery(new Term(TITLE, word)), terms, out);
    return out;
  }

  private static void collect(
      MultiTermQuery query, Terms terms, double value, Map<String, Double> out) {
    try {
      TermsEnum e = query.getTermsEnum(terms);
      for (BytesRef t = e.next(); t != null; t = e.next()) {
        out.put(t.utf8ToString(), value);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void collect(TermQuery query, Terms terms, Map<String, Double> out) {
    try {
      if (terms.iterator().seekExact(query.getTerm().bytes())) {
        out.put(query.getTerm().text(), EXACT);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Per query word its best match in the title, the mean of those scaled by how much of the title
   * they cover.
   */
  private static Scored score(Entry e, List<Map<String, Double>> matches) {
    List<String> ts = e.terms();
    boolean[] covered = new boolean[ts.size()];
    double sum = 0;
    int matched = 0;
    for (Map<String, Double> m : matches) {
      double best = 0;
      int bestAt = -1;
      for (int i = 0; i < ts.size(); i++) {
        double v = m.getOrDefault(ts.get(i), 0.0);
        if (v > best) {
          best = v;
          bestAt = i;
        }
      }
      if (bestAt >= 0) {
        matched++;
        sum += best;
        covered[bestAt] = true;
      }
    }
    int coveredCount = 0;
    for (boolean c : covered) {
      coveredCount += c ? 1 : 0;
    }
    double coverage = ts.isEmpty() ? 0 : (double) coveredCount / ts.size();
    return new Scored(e, matched, sum / matches.size() * (0.5 + 0.5 * coverage));
  }

  @Override
  public void close() {
    index.close();
    analyzer.close();
  }
}

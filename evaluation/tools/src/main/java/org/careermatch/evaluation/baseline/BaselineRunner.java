package org.careermatch.evaluation.baseline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.careermatch.data.Cluster;
import org.careermatch.data.FrameworkData;
import org.careermatch.data.Membership;
import org.careermatch.data.SubCluster;
import org.careermatch.evaluation.run.Run;
import org.careermatch.evaluation.runner.SuiteRunner;
import org.careermatch.evaluation.suite.Suite;
import org.careermatch.evaluation.suite.Topic;

/**
 * The naive baseline the engine is measured against: one Lucene document per cluster (and one per
 * sub-cluster) holding all of its text, Lucene's English analyzer, plain BM25 over the topic's
 * words.
 */
public final class BaselineRunner implements SuiteRunner {
  private final Analyzer analyzer = new EnglishAnalyzer();
  private final Index clusters;
  private final Index subClusters;

  public BaselineRunner(FrameworkData data) {
    List<String[]> clusterDocs = new ArrayList<>();
    for (Cluster c : data.clusters()) {
      clusterDocs.add(new String[] {c.id().value(), clusterText(data, c)});
    }
    List<String[]> subDocs = new ArrayList<>();
    for (SubCluster s : data.subClusters()) {
      subDocs.add(new String[] {s.id().value(), subClusterText(data, s)});
    }
    this.clusters = new Index(clusterDocs);
    this.subClusters = new Index(subDocs);
  }

  private static String clusterText(FrameworkData d, Cluster c) {
    StringBuilder b = new StringBuilder();
    add(b, c.title(), c.caption(), c.definition().text());
    c.aliases().forEach(a -> add(b, a));
    d.subClustersOf(c.id()).forEach(s -> add(b, s.title(), s.description().text()));
    d.skills().stream().filter(s -> s.clusters().contains(c.id())).forEach(s -> add(b, s.name()));
    d.occupations().stream()
        .filter(o -> o.cluster().equals(c.id()))
        .forEach(o -> add(b, o.title()));
    d.places().stream().filter(p -> p.cluster().equals(c.id())).forEach(p -> add(b, p.name()));
    d.applications().stream()
        .filter(a -> a.cluster().equals(c.id()) || a.crossCutting().equals(c.id()))
        .forEach(a -> add(b, a.sampleJobTitle(), String.join(" ", a.activities())));
    d.socOccupations().stream()
        .filter(o -> has(o.memberships(), m -> m.cluster(), c.id()))
        .forEach(o -> add(b, o.title()));
    d.programs().stream()
        .filter(p -> has(p.memberships(), m -> m.cluster(), c.id()))
        .forEach(p -> add(b, p.title()));
    d.interests().stream()
        .filter(i -> d.subCluster(i.subCluster()).orElseThrow().cluster().equals(c.id()))
        .forEach(i -> add(b, i.text(), String.join(" ", i.synonyms())));
    return b.toString();
  }

  private static String subClusterText(FrameworkData d, SubCluster s) {
    StringBuilder b = new StringBuilder();
    add(b, s.title(), s.description().text());
    d.occupations().stream()
        .filter(o -> o.subClusters().contains(s.id()))
        .forEach(o -> add(b, o.title()));
    d.socOccupations().stream()
        .filter(o -> has(o.memberships(), m -> m.subCluster(), s.id()))
        .forEach(o -> add(b, o.title()));
    d.programs().stream()
        .filter(p -> has(p.memberships(), m -> m.subCluster(), s.id()))
        .forEach(p -> add(b, p.title()));
    d.interests().stream()
        .filter(i -> i.subCluster().equals(s.id()))
        .forEach(i -> add(b, i.text(), String.join(" ", i.synonyms())));
    return b.toString();
  }

  private static <T> boolean has(List<Membership> ms, Function<Membership, T> key, T value) {
    return ms.stream().anyMatch(m -> key.apply(m).equals(value));
  }

  private static void add(StringBuilder b, String... texts) {
    for (String t : texts) {
      b.append(t).append(". ");
    }
  }

  @Override
  public Runs run(Suite suite) {
    Run.Builder c = Run.builder();
    Run.Builder s = Run.builder();
    for (Topic t : suite.topics()) {
      String text = t.interests() + " " + String.join(" ", t.skills());
      c.query(t.id());
      s.query(t.id());
      clusters.search(text).forEach((id, score) -> c.add(t.id(), id, score));
      subClusters.search(text).forEach((id, score) -> s.add(t.id(), id, score));
    }
    return new Runs(c.build(), s.build());
  }

  private final class Index {
    private final IndexSearcher searcher;

    Index(List<String[]> docs) {
      try {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
          for (String[] d : docs) {
            Document doc = new Document();
            doc.add(new StoredField("id", d[0]));
            doc.add(new TextField("text", d[1], Field.Store.NO));
            w.addDocument(doc);
          }
        }
        searcher = new IndexSearcher(DirectoryReader.open(dir));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    Map<String, Double> search(String text) {
      try {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
          CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
          ts.reset();
          while (ts.incrementToken()) {
            q.add(new TermQuery(new Term("text", term.toString())), BooleanClause.Occur.SHOULD);
          }
          ts.end();
        }
        Map<String, Double> out = new java.util.LinkedHashMap<>();
        for (ScoreDoc sd : searcher.search(q.build(), 100).scoreDocs) {
          out.put(searcher.storedFields().document(sd.doc).get("id"), (double) sd.score);
        }
        return out;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}

package org.careermatch.engine.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.careermatch.data.FrameworkData;
import org.careermatch.engine.analysis.AnalyzerFactory;

/**
 * The in-memory Lucene index over every entity of index-data. Built once into a single segment, so
 * Lucene document number {@code n} is {@link #doc(int) doc(n)}; read-only and safe to share between
 * threads afterwards.
 */
public final class EntityIndex implements AutoCloseable {
  private final List<EvidenceDoc> docs;
  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final Analyzer analyzer;
  private final Terms textTerms;
  private final boolean hasVectors;
  private final TermSearcher termSearcher;
  private final Map<Field, Map<String, Integer>> docFreqs;

  /** Each document's unit vector (null for a lexical-only index). */
  private final List<float[]> vectors;

  /** The documents of each entity, by entity id. */
  private final Map<String, int[]> docsByEntity;

  private EntityIndex(
      List<EvidenceDoc> docs,
      Directory directory,
      DirectoryReader reader,
      Analyzer analyzer,
      List<float[]> vectors)
      throws IOException {
    this.hasVectors = vectors != null;
    this.vectors = vectors == null ? null : List.copyOf(vectors);
    Map<String, List<Integer>> byEntity = new HashMap<>();
    for (int d = 0; d < docs.size(); d++) {
      byEntity.computeIfAbsent(docs.get(d).entityId(), k -> new java.util.ArrayList<>()).add(d);
    }
    Map<String, int[]> entityDocs = new HashMap<>(2 * byEntity.size());
    byEntity.forEach(
        (id, list) -> entityDocs.put(id, list.stream().mapToInt(Integer::intValue).toArray()));
    this.docsByEntity = Collections.unmodifiableMap(entityDocs);
    this.docs = docs;
    this.directory = directory;
    this.reader = reader;
    this.analyzer = analyzer;
    this.searcher = new IndexSearcher(reader);
    this.searcher.setSimilarity(new BM25Similarity());
    this.searcher.setQueryCache(null);
    this.textTerms = MultiTerms.getTerms(reader, Field.TEXT.fieldName());
    this.termSearcher = new TermSearcher(searcher);
    // every request asks for the document frequency of each of its words and word pairs: a map of
    // the whole
    // vocabulary answers without opening a terms enum each time
    Map<Field, Map<String, Integer>> freqs = new EnumMap<>(Field.class);
    for (Field f : List.of(Field.TEXT, Field.PHRASE)) {
      Map<String, Integer> byTerm = new HashMap<>();
      Terms terms = MultiTerms.getTerms(reader, f.fieldName());
      if (terms != null) {
        TermsEnum te = terms.iterator();
        for (BytesRef t = te.next(); t != null; t = te.next()) {
          byTerm.put(t.utf8ToString(), te.docFreq());
        }
      }
      freqs.put(f, Map.copyOf(byTerm));
    }
    this.docFreqs = Collections.unmodifiableMap(freqs);
  }

  public static EntityIndex build(FrameworkData data) {
    return build(EvidenceDocuments.from(data));
  }

  public static EntityIndex build(List<EvidenceDoc> docs) {
    return build(docs, null);
  }

  /**
   * @param vectors one unit vector per document, in document order, indexed as {@link Field#VECTOR}
   *     for nearest-neighbour search; null for a lexical-only index
   */
  public static EntityIndex build(List<EvidenceDoc> docs, List<float[]> vectors) {
    if (vectors != null && vectors.size() != docs.size()) {
      throw new IllegalArgumentException(
          vectors.size() + " vectors for " + docs.size() + " documents");
    }
    Analyzer analyzer = AnalyzerFactory.create();
    Directory dir = new ByteBuffersDirectory();
    try {
      IndexWriterConfig config =
          new IndexWriterConfig(analyzer).setSimilarity(new BM25Similarity());
      try (IndexWriter writer = new IndexWriter(dir, config)) {
        for (int n = 0; n < docs.size(); n++) {
          EvidenceDoc d = docs.get(n);
          Document doc = new Document();
          doc.add(
              new StringField(
                  Field.TYPE.fieldName(),
                  d.type().name(),
                  org.apache.lucene.document.Field.Store.NO));
          doc.add(
              new TextField(
                  Field.TEXT.fieldName(), d.text(), org.apache.lucene.document.Field.Store.NO));
          doc.add(
              new TextField(
                  Field.PHRASE.fieldName(), d.text(), org.apache.lucene.document.Field.Store.NO));
          if (vectors != null) {
            doc.add(
                new KnnFloatVectorField(
                    Field.VECTOR.fieldName(),
                    vectors.get(n),
                    VectorSimilarityFunction.DOT_PRODUCT));
          }
          writer.addDocument(doc);
        }
        writer.forceMerge(1);
        writer.commit();
      }
      DirectoryReader reader = DirectoryReader.open(dir);
      if (reader.leaves().size() > 1 || reader.maxDoc() != docs.size()) {
        throw new IllegalStateException(
            "index must be one segment of " + docs.size() + " documents");
      }
      return new EntityIndex(List.copyOf(docs), dir, reader, analyzer, vectors);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the in-memory index", e);
    }
  }

  public EvidenceDoc doc(int luceneDoc) {
    return docs.get(luceneDoc);
  }

  public List<EvidenceDoc> docs() {
    return docs;
  }

  /**
   * The unit vector of a document (shared: callers only read it); requires {@link #hasVectors()}.
   */
  public float[] vector(int luceneDoc) {
    if (vectors == null) {
      throw new IllegalStateException("this index has no vectors");
    }
    return vectors.get(luceneDoc);
  }

  /** The documents (title, aliases, description...) of an entity; empty for an unknown id. */
  public int[] docsOf(String entityId) {
    return docsByEntity.getOrDefault(entityId, new int[0]);
  }

  /** Whether documents carry {@link Field#VECTOR} (semantic matching possible). */
  public boolean hasVectors() {
    return hasVectors;
  }

  public IndexSearcher searcher() {
    return searcher;
  }

  /**
   * Scores disjunctions of boosted terms as {@link #searcher()} would, from postings read once per
   * term.
   */
  public TermSearcher termSearcher() {
    return termSearcher;
  }

  public Analyzer analyzer() {
    return analyzer;
  }

  /** Terms of {@link Field#TEXT}, for typo correction against the index's own vocabulary. */
  public Terms textTerms() {
    return textTerms;
  }

  /** How many documents {@code term} occurs in (0 for a term the index does not know). */
  public int docFreq(Field field, String term) {
    Map<String, Integer> known = docFreqs.get(field);
    if (known != null) {
      return known.getOrDefault(term, 0);
    }
    try {
      return reader.docFreq(new Term(field.fieldName(), term));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    reader.close();
    directory.close();
  }
}

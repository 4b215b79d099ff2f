package org.careermatch.engine.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.careermatch.data.DataLoader;
import org.careermatch.engine.semantic.OnnxEmbedder;
import org.careermatch.engine.semantic.TextEmbedder;
import org.careermatch.engine.semantic.VectorStore;
import org.careermatch.engine.semantic.Vectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The search index the build wrote for the default data is the index the engine would build at
 * start: the same terms and frequencies, the same lexical and nearest-neighbour answers, score for
 * score; and an index of other documents or vectors is not used.
 */
class BuiltIndexTest {
  static List<EvidenceDoc> docs;
  static List<float[]> vectors;
  static EntityIndex.Loaded loaded;
  static EntityIndex built;

  /** The model's id only: the built-in vectors are read, nothing is embedded. */
  static final TextEmbedder NO_MODEL =
      new TextEmbedder() {
        @Override
        public String modelId() {
          return OnnxEmbedder.MODEL_ID;
        }

        @Override
        public int dimension() {
          return 384;
        }

        @Override
        public float[] embed(String text) {
          throw new AssertionError("nothing is embedded: the built-in vectors are read");
        }
      };

  @BeforeAll
  static void load() {
    docs = EvidenceDocuments.from(DataLoader.loadDefault());
    VectorStore.Loaded v = VectorStore.load(docs, NO_MODEL, null);
    assertEquals(VectorStore.Source.BUILT_IN, v.source());
    vectors = v.vectors().asList();
    loaded =
        EntityIndex.load(
            docs, vectors, EntityIndex.RESOURCE_DIR + EntityIndex.fileName(OnnxEmbedder.MODEL_ID));
    built = EntityIndex.build(docs, vectors);
  }

  @AfterAll
  static void close() throws IOException {
    loaded.index().close();
    built.close();
  }

  @Test
  void theDefaultDataReadsTheBuiltIndex() {
    assertEquals(EntityIndex.Source.BUILT_IN, loaded.source());
    assertEquals(docs.size(), loaded.index().searcher().getIndexReader().maxDoc());
    assertTrue(loaded.index().hasVectors());
  }

  @Test
  void sameTermsAndFrequencies() throws IOException {
    for (Field f : List.of(Field.TEXT, Field.PHRASE, Field.TYPE)) {
      List<String> a = terms(loaded.index(), f);
      List<String> b = terms(built, f);
      assertTrue(a.size() > 10, f + " has terms");
      assertEquals(b, a, f.fieldName());
    }
  }

  /** Each term with its document and total frequencies. */
  private static List<String> terms(EntityIndex index, Field f) throws IOException {
    List<String> out = new ArrayList<>();
    Terms terms = MultiTerms.getTerms(index.searcher().getIndexReader(), f.fieldName());
    TermsEnum te = terms.iterator();
    for (BytesRef t = te.next(); t != null; t = te.next()) {
      out.add(t.utf8ToString() + " " + te.docFreq() + " " + te.totalTermFreq());
    }
    return out;
  }

  @Test
  void sameNearestNeighboursScoreForScore() throws IOException {
    int queries = 0;
    for (int d = 0; d < docs.size(); d += 17) {
      // a document's own vector, and a point between two documents (what a clause's vector is like)
      float[] own = vectors.get(d);
      float[] other = vectors.get((d * 31 + 7) % docs.size());
      float[] between = new float[own.length];
      for (int i = 0; i < own.length; i++) {
        between[i] = own[i] + other[i];
      }
      Vectors.normalize(between);
      for (float[] q : List.of(own, between)) {
        assertSameAnswer(new KnnFloatVectorQuery(Field.VECTOR.fieldName(), q, 20));
        queries++;
      }
    }
    assertTrue(queries > 500, queries + " queries");
  }

  @Test
  void sameLexicalAnswersScoreForScore() throws IOException {
    List<String> words = terms(built, Field.TEXT);
    for (int i = 0; i < words.size(); i += 7) {
      String term = words.get(i).substring(0, words.get(i).indexOf(' '));
      assertSameAnswer(new TermQuery(new Term(Field.TEXT.fieldName(), term)));
    }
  }

  private static void assertSameAnswer(Query q) throws IOException {
    TopDocs a = loaded.index().searcher().search(q, 20);
    TopDocs b = built.searcher().search(q, 20);
    assertArrayEquals(docsOf(b), docsOf(a), q.toString());
    assertArrayEquals(scoresOf(b), scoresOf(a), q.toString());
  }

  private static int[] docsOf(TopDocs t) {
    int[] out = new int[t.scoreDocs.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = t.scoreDocs[i].doc;
    }
    return out;
  }

  private static float[] scoresOf(TopDocs t) {
    float[] out = new float[t.scoreDocs.length];
    int i = 0;
    for (ScoreDoc s : t.scoreDocs) {
      out[i++] = s.score;
    }
    return out;
  }

  @Test
  void anIndexOfOtherDocumentsOrVectorsIsNotUsed() throws IOException {
    String print = EntityIndex.fingerprint(docs, vectors);
    List<EvidenceDoc> changed = new ArrayList<>(docs);
    EvidenceDoc d = docs.get(100);
    changed.set(
        100,
        new EvidenceDoc(
            d.entityId(),
            d.entityTitle(),
            d.type(),
            d.role(),
            d.text() + " and more",
            d.clusters(),
            d.subClusters(),
            d.weight(),
            d.nameOnly()));
    assertNotEquals(print, EntityIndex.fingerprint(changed, vectors));
    List<float[]> moved = new ArrayList<>(vectors);
    float[] v = vectors.get(5).clone();
    v[0] = Math.nextUp(v[0]);
    moved.set(5, v);
    assertNotEquals(print, EntityIndex.fingerprint(docs, moved), "one bit of one vector");
    assertNotEquals(print, EntityIndex.fingerprint(docs, null), "no vectors");

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    built.writeTo(out);
    assertTrue(
        EntityIndex.read(new ByteArrayInputStream(out.toByteArray()), docs, vectors, print)
            .isPresent());
    assertTrue(
        EntityIndex.read(
                new ByteArrayInputStream(out.toByteArray()),
                changed,
                vectors,
                EntityIndex.fingerprint(changed, vectors))
            .isEmpty());
    assertTrue(
        EntityIndex.read(new ByteArrayInputStream(new byte[] {1, 2, 3}), docs, vectors, print)
            .isEmpty());
  }
}

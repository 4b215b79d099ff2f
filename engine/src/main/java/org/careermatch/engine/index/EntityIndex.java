package org.careermatch.engine.index;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.Version;
import org.careermatch.data.FrameworkData;
import org.careermatch.engine.analysis.AnalyzerFactory;

/**
 * The in-memory Lucene index over every entity of index-data. Built once into a single segment, so
 * Lucene document number {@code n} is {@link #doc(int) doc(n)}; read-only and safe to share between
 * threads afterwards.
 *
 * <p>Building the nearest-neighbour graph of the vectors is most of a start's work, so the build
 * writes the index of the embedded default data into the engine jar ({@link #writeTo}, {@code
 * VectorBuilder}) and {@link #load} reads it back when its fingerprint (the Lucene version, every
 * document's type and text, every vector bit for bit) is that of the documents and vectors at hand;
 * otherwise it builds the index as {@link #build} does. Lucene builds the graph deterministically
 * (one thread, a fixed seed), so the index read back is the index {@link #build} makes.
 */
public final class EntityIndex implements AutoCloseable {
  private static final String MAGIC = "careermatch-index-1";

  /** Where the build puts the index of the embedded default data. */
  public static final String RESOURCE_DIR = "careermatch/index/";

  /**
   * Bumped when what {@link #build} puts in the index changes without the data or Lucene changing
   * (the build writes the index again at every build anyway; this guards other class paths).
   */
  private static final int FORMAT = 1;

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

  /** Where an index came from. */
  public enum Source {
    BUILT_IN("read from the build"),
    BUILT("built at start");

    private final String label;

    Source(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** An index and where it came from. */
  public record Loaded(EntityIndex index, Source source) {}

  /** The file name of the built-in index of the documents embedded with {@code modelId}. */
  public static String fileName(String modelId) {
    return modelId + ".index";
  }

  /**
   * The index of {@code docs} with {@code vectors}: the build's file {@code resource} (on the class
   * path) when it was written from exactly these documents and vectors, else built here.
   */
  public static Loaded load(List<EvidenceDoc> docs, List<float[]> vectors, String resource) {
    String print = fingerprint(docs, vectors);
    try (InputStream in = EntityIndex.class.getClassLoader().getResourceAsStream(resource)) {
      if (in != null) {
        Optional<EntityIndex> read = read(in, docs, vectors, print);
        if (read.isPresent()) {
          return new Loaded(read.get(), Source.BUILT_IN);
        }
      }
    } catch (IOException e) {
      // an unreadable file: built below
    }
    return new Loaded(build(docs, vectors), Source.BUILT);
  }

  /**
   * SHA-256 of what the index is made of: the Lucene version, {@link #FORMAT}, every document's
   * type and text, and a 64-bit mix of every vector's bits (or none).
   */
  public static String fingerprint(List<EvidenceDoc> docs, List<float[]> vectors) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update((Version.LATEST + "|" + FORMAT).getBytes(StandardCharsets.UTF_8));
      for (EvidenceDoc d : docs) {
        sha.update((byte) '\n');
        sha.update(d.type().name().getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(d.text().getBytes(StandardCharsets.UTF_8));
      }
      if (vectors != null) {
        // a 64-bit mix of every vector's bits rather than SHA-256 over 8 MB: the same answer to
        // "bit for bit the same vectors?" (nobody forges vectors here) at a fraction of the start
        long mix = vectors.size();
        for (float[] v : vectors) {
          mix = mix * 0x9E3779B97F4A7C15L + v.length;
          for (float x : v) {
            mix = (mix ^ Float.floatToRawIntBits(x)) * 0xBF58476D1CE4E5B9L;
            mix ^= mix >>> 31;
          }
        }
        sha.update(ByteBuffer.allocate(8).putLong(mix).array());
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /**
   * Writes the index's files, with the fingerprint of {@code docs} and {@code vectors} it was built
   * from, for {@link #load}.
   */
  public void writeTo(OutputStream out) throws IOException {
    DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out));
    data.writeUTF(MAGIC);
    data.writeUTF(fingerprint(docs, vectors));
    String[] files = directory.listAll();
    data.writeInt(files.length);
    byte[] buffer = new byte[1 << 16];
    for (String name : files) {
      try (IndexInput in = directory.openInput(name, IOContext.READONCE)) {
        long length = in.length();
        data.writeUTF(name);
        data.writeLong(length);
        for (long done = 0; done < length; ) {
          int n = (int) Math.min(buffer.length, length - done);
          in.readBytes(buffer, 0, n);
          data.write(buffer, 0, n);
          done += n;
        }
      }
    }
    data.flush();
  }

  /** The index stored in {@code in} when it has the fingerprint {@code print}, else empty. */
  static Optional<EntityIndex> read(
      InputStream in, List<EvidenceDoc> docs, List<float[]> vectors, String print)
      throws IOException {
    DataInputStream data = new DataInputStream(new BufferedInputStream(in, 1 << 16));
    String magic;
    try {
      magic = data.readUTF();
    } catch (java.io.EOFException | java.io.UTFDataFormatException e) {
      return Optional.empty();
    }
    if (!MAGIC.equals(magic) || !print.equals(data.readUTF())) {
      return Optional.empty();
    }
    int count = data.readInt();
    if (count < 1 || count > 1000) {
      throw new IOException("index file says " + count + " files");
    }
    Directory dir = new ByteBuffersDirectory();
    byte[] buffer = new byte[1 << 16];
    for (int f = 0; f < count; f++) {
      String name = data.readUTF();
      long length = data.readLong();
      try (IndexOutput out = dir.createOutput(name, IOContext.DEFAULT)) {
        for (long done = 0; done < length; ) {
          int n = (int) Math.min(buffer.length, length - done);
          data.readFully(buffer, 0, n);
          out.writeBytes(buffer, 0, n);
          done += n;
        }
      }
    }
    DirectoryReader reader = DirectoryReader.open(dir);
    if (reader.leaves().size() != 1 || reader.maxDoc() != docs.size()) {
      reader.close();
      throw new IOException("stored index is not one segment of " + docs.size() + " documents");
    }
    return Optional.of(
        new EntityIndex(List.copyOf(docs), dir, reader, AnalyzerFactory.create(), vectors));
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

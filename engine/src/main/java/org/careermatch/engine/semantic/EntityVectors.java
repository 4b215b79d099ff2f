package org.careermatch.engine.semantic;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.stream.IntStream;
import org.careermatch.data.Checks;
import org.careermatch.engine.index.EvidenceDoc;

/**
 * One unit vector per evidence document, in document order, for one model and one version of the
 * data. The fingerprint (SHA-256 of the model id and every document's text) ties the vectors to
 * what they were computed from, so vectors of other data or another model are never used.
 *
 * <p>Stored as signed bytes ({@code round(x * 127)}), renormalized when read: a quarter of the size
 * of floats, and cosine similarities within about 0.01 of the unquantized ones.
 */
public final class EntityVectors {
  private static final String MAGIC = "careermatch-vectors-1";

  private final String modelId;
  private final String fingerprint;
  private final float[][] vectors;

  private EntityVectors(String modelId, String fingerprint, float[][] vectors) {
    this.modelId = Checks.requireNonBlank(modelId, "model id");
    this.fingerprint = Checks.requireNonBlank(fingerprint, "fingerprint");
    this.vectors = vectors;
  }

  /** Embeds the text of every document (in parallel on the common pool). */
  public static EntityVectors compute(List<EvidenceDoc> docs, TextEmbedder embedder) {
    float[][] out = new float[docs.size()][];
    IntStream.range(0, docs.size())
        .parallel()
        .forEach(i -> out[i] = quantized(embedder.embed(docs.get(i).text())));
    return new EntityVectors(embedder.modelId(), fingerprint(docs, embedder.modelId()), out);
  }

  /** What the stored vectors round to, so computed and read vectors are the same. */
  private static float[] quantized(float[] v) {
    float[] q = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      q[i] = toByte(v[i]) / 127f;
    }
    return Vectors.normalize(q);
  }

  private static byte toByte(float x) {
    return (byte) Math.max(-127, Math.min(127, Math.round(x * 127f)));
  }

  /** The fingerprint of {@link TextVectors} over the documents' texts. */
  public static String fingerprint(List<EvidenceDoc> docs, String modelId) {
    return TextVectors.fingerprint(docs.stream().map(EvidenceDoc::text).toList(), modelId);
  }

  public String modelId() {
    return modelId;
  }

  public String fingerprint() {
    return fingerprint;
  }

  public int size() {
    return vectors.length;
  }

  public int dimension() {
    return vectors.length == 0 ? 0 : vectors[0].length;
  }

  /** The vector of document {@code doc} (a copy). */
  public float[] vector(int doc) {
    return vectors[doc].clone();
  }

  /** The vectors in document order, as the index builder takes them (copies). */
  public List<float[]> asList() {
    return IntStream.range(0, vectors.length).mapToObj(this::vector).toList();
  }

  /** Whether these vectors were computed by {@code modelId} from exactly {@code docs}. */
  public boolean matches(List<EvidenceDoc> docs, String modelId) {
    return this.modelId.equals(modelId)
        && docs.size() == vectors.length
        && fingerprint.equals(fingerprint(docs, modelId));
  }

  public void write(OutputStream out) throws IOException {
    DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out));
    new VectorFileHeader(modelId, fingerprint, vectors.length, dimension()).write(data, MAGIC);
    byte[] row = new byte[dimension()];
    for (float[] v : vectors) {
      for (int i = 0; i < v.length; i++) {
        row[i] = toByte(v[i]);
      }
      data.write(row);
    }
    data.flush();
  }

  public static VectorFileHeader readHeader(DataInputStream data) throws IOException {
    return VectorFileHeader.read(data, MAGIC, "vector file");
  }

  /** Reads a stored file whole. */
  public static EntityVectors read(InputStream in) throws IOException {
    DataInputStream data = new DataInputStream(new BufferedInputStream(in));
    return readBody(data, readHeader(data));
  }

  static EntityVectors readBody(DataInputStream data, VectorFileHeader h) throws IOException {
    float[][] vectors = new float[h.count()][h.dimension()];
    byte[] row = new byte[h.dimension()];
    for (int d = 0; d < h.count(); d++) {
      data.readFully(row);
      for (int i = 0; i < row.length; i++) {
        vectors[d][i] = row[i] / 127f;
      }
      Vectors.normalize(vectors[d]);
    }
    return new EntityVectors(h.modelId(), h.fingerprint(), vectors);
  }
}

package org.careermatch.engine.semantic;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;
import org.careermatch.data.Checks;

/**
 * The vectors of a list of short texts (the interest cues), in order, exactly as the model gives
 * them, for one model and one version of the texts. The fingerprint (SHA-256 of the model id and
 * every text) ties the vectors to what they were computed from, so vectors of other texts or
 * another model are never used.
 *
 * <p>Unlike {@link EntityVectors} the vectors are stored as 32-bit floats, bit for bit: they
 * replace what the engine used to compute at every start, so reading them must give exactly those
 * vectors (a few hundred texts: a few hundred kilobytes).
 */
public final class TextVectors {
  private static final String MAGIC = "careermatch-text-vectors-1";

  private final String modelId;
  private final String fingerprint;
  private final float[][] vectors;

  private TextVectors(String modelId, String fingerprint, float[][] vectors) {
    this.modelId = Checks.requireNonBlank(modelId, "model id");
    this.fingerprint = Checks.requireNonBlank(fingerprint, "fingerprint");
    this.vectors = vectors;
  }

  /**
   * Embeds every text alone ({@link TextEmbedder#embed}, as the engine did at start), in parallel
   * on the common pool.
   */
  public static TextVectors compute(List<String> texts, TextEmbedder embedder) {
    float[][] out = new float[texts.size()][];
    IntStream.range(0, texts.size())
        .parallel()
        .forEach(i -> out[i] = embedder.embed(texts.get(i)).clone());
    return new TextVectors(embedder.modelId(), fingerprint(texts, embedder.modelId()), out);
  }

  public static String fingerprint(List<String> texts, String modelId) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(modelId.getBytes(StandardCharsets.UTF_8));
      for (String t : texts) {
        sha.update((byte) '\n');
        sha.update(t.getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
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

  /** The vector of text {@code i} (a copy). */
  public float[] vector(int i) {
    return vectors[i].clone();
  }

  /** Whether these vectors were computed by {@code modelId} from exactly {@code texts}. */
  public boolean matches(List<String> texts, String modelId) {
    return this.modelId.equals(modelId)
        && texts.size() == vectors.length
        && fingerprint.equals(fingerprint(texts, modelId));
  }

  public void write(OutputStream out) throws IOException {
    DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out));
    new VectorFileHeader(modelId, fingerprint, vectors.length, dimension()).write(data, MAGIC);
    for (float[] v : vectors) {
      for (float x : v) {
        data.writeFloat(x);
      }
    }
    data.flush();
  }

  public static VectorFileHeader readHeader(DataInputStream data) throws IOException {
    return VectorFileHeader.read(data, MAGIC, "text vector file");
  }

  /** Reads a stored file whole. */
  public static TextVectors read(InputStream in) throws IOException {
    DataInputStream data = new DataInputStream(new BufferedInputStream(in));
    return readBody(data, readHeader(data));
  }

  static TextVectors readBody(DataInputStream data, VectorFileHeader h) throws IOException {
    float[][] vectors = new float[h.count()][h.dimension()];
    for (float[] v : vectors) {
      for (int i = 0; i < v.length; i++) {
        v[i] = data.readFloat();
      }
    }
    return new TextVectors(h.modelId(), h.fingerprint(), vectors);
  }
}

package org.careermatch.engine.semantic;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UTFDataFormatException;

/**
 * The header of a stored vector file ({@link EntityVectors}, {@link TextVectors}): enough to decide
 * whether to read the rest.
 *
 * @param modelId the model that computed the vectors
 * @param fingerprint the fingerprint of the model id and the texts
 * @param count how many vectors follow
 * @param dimension the length of each
 */
public record VectorFileHeader(String modelId, String fingerprint, int count, int dimension) {

  /**
   * Reads a header that starts with {@code magic}; {@code what} names the kind of file in error
   * messages ("vector file", "text vector file").
   */
  static VectorFileHeader read(DataInputStream data, String magic, String what) throws IOException {
    String found;
    try {
      found = data.readUTF();
    } catch (EOFException | UTFDataFormatException e) {
      throw new IOException("not a careermatch " + what + " (no header)", e);
    }
    if (!magic.equals(found)) {
      throw new IOException("not a careermatch " + what + " (starts with '" + found + "')");
    }
    VectorFileHeader h =
        new VectorFileHeader(data.readUTF(), data.readUTF(), data.readInt(), data.readInt());
    if (h.count() < 0 || h.dimension() < 1 || h.dimension() > 4096) {
      throw new IOException(
          what + " says " + h.count() + " vectors of " + h.dimension() + " dimensions");
    }
    return h;
  }

  void write(DataOutputStream data, String magic) throws IOException {
    data.writeUTF(magic);
    data.writeUTF(modelId);
    data.writeUTF(fingerprint);
    data.writeInt(count);
    data.writeInt(dimension);
  }

  /** Whether the file holds {@code count} vectors of {@code model} with this fingerprint. */
  boolean describes(String model, int count, String fingerprint) {
    return modelId.equals(model) && this.count == count && this.fingerprint.equals(fingerprint);
  }
}

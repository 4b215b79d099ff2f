package org.careermatch.engine.semantic;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a short text into a dense vector of unit length, so that the dot product of two vectors is
 * their cosine similarity. Implementations must be thread-safe and deterministic (the same text
 * always gives the same vector).
 */
public interface TextEmbedder {
  /**
   * A stable name of the model; entity vectors computed by another model are never mixed with its
   * query vectors.
   */
  String modelId();

  /** The length of every vector this embedder returns. */
  int dimension();

  /**
   * The unit-length vector of {@code text}.
   *
   * @throws IllegalArgumentException when {@code text} is blank
   */
  float[] embed(String text);

  /**
   * The vectors of {@code texts}, in order, as one call: a model that runs several texts at once (a
   * padded batch) is cheaper per text than one call per text. The default embeds them one by one.
   *
   * @throws IllegalArgumentException when a text is blank
   */
  default List<float[]> embedAll(List<String> texts) {
    List<float[]> out = new ArrayList<>(texts.size());
    for (String text : texts) {
      out.add(embed(text));
    }
    return out;
  }
}

package org.careermatch.api.system;

import org.careermatch.engine.semantic.TextEmbedder;

/** Loads the embedding model; a bean so that tests can stand in a model that fails to load. */
@FunctionalInterface
public interface EmbedderLoader {
  /**
   * @throws org.careermatch.engine.semantic.SemanticUnavailableException when the model cannot be
   *     loaded here
   */
  TextEmbedder load();
}

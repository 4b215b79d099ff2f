package org.careermatch.api.system;

import org.careermatch.engine.semantic.TextEmbedder;

/**
 * What happened when the service set up matching by meaning.
 *
 * @param embedder the (cached) embedding model, or null when semantic matching is off
 * @param failed whether it was asked for and the model could not be loaded
 * @param reason why it is off, in words (no stack trace); empty when on
 */
record SemanticSetup(TextEmbedder embedder, boolean failed, String reason) {
  static SemanticSetup on(TextEmbedder embedder) {
    return new SemanticSetup(embedder, false, "");
  }

  static SemanticSetup switchedOff() {
    return new SemanticSetup(null, false, "switched off by careermatch.semantic.enabled=false");
  }

  static SemanticSetup failed(String reason) {
    return new SemanticSetup(null, true, reason);
  }
}

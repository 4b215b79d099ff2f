package org.careermatch.engine;

import org.careermatch.data.Checks;

/**
 * Whether an engine matches by meaning as well as by words, and why (for health checks and
 * explanations).
 *
 * @param active whether semantic units are searched
 * @param modelId the embedding model, or null when none is loaded
 * @param vectors where the entity vectors came from ("computed at build time"...), or null
 * @param detail a sentence saying what is on or why it is off
 */
public record SemanticStatus(boolean active, String modelId, String vectors, String detail) {
  public SemanticStatus {
    Checks.requireNonBlank(detail, "semantic status detail");
  }

  public static SemanticStatus off(String why) {
    return new SemanticStatus(false, null, null, why);
  }
}

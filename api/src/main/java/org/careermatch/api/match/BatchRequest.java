package org.careermatch.api.match;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** Up to 500 profiles, each with the caller's own reference (never a name). */
record BatchRequest(List<Profile> profiles) {

  /**
   * @param ref the caller's reference for this learner (an opaque id, not a name), at most 100 characters
   */
  record Profile(
      @Schema(description = "the caller's own reference for the learner (an opaque id, not a name)",
          example = "s-0042") String ref,
      @Schema(example = "I like fixing cars and building things") String interests,
      @Schema(example = "[\"Welding\"]") List<String> skills,
      @Schema(example = "nccf-2024") String framework) {}
}

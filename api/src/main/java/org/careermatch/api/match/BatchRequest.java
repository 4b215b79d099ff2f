package org.careermatch.api.match;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.careermatch.engine.LearnerProfile;

/**
 * Up to {@code careermatch.batch.max-profiles} (500) profiles, each with the caller's own reference
 * (never a name). {@code OpenApiDocs} adds the configured maximum to the schema.
 */
record BatchRequest(
    @ArraySchema(arraySchema = @Schema(requiredMode = Schema.RequiredMode.REQUIRED), minItems = 1)
        List<Profile> profiles) {

  /**
   * @param ref the caller's reference for this learner (an opaque id, not a name), at most 100
   *     characters
   */
  @Schema(
      description =
          "one learner: ref and interests and/or skills; a profile with a problem gets its own error "
              + "in the results")
  record Profile(
      @Schema(
              description = "the caller's own reference for the learner (an opaque id, not a name)",
              requiredMode = Schema.RequiredMode.REQUIRED,
              minLength = 1,
              maxLength = BatchService.MAX_REF_LENGTH,
              example = "s-0042")
          String ref,
      @Schema(
              maxLength = LearnerProfile.MAX_INTERESTS_LENGTH,
              example = "I like fixing cars and building things")
          String interests,
      @ArraySchema(
              maxItems = LearnerProfile.MAX_SKILLS,
              schema =
                  @Schema(
                      minLength = 1,
                      maxLength = LearnerProfile.MAX_SKILL_LENGTH,
                      pattern = ".*\\S.*"),
              arraySchema = @Schema(example = "[\"Welding\"]"))
          List<String> skills,
      @Schema(example = "nccf-2024") String framework) {}
}

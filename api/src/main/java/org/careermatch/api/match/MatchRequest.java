package org.careermatch.api.match;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.careermatch.engine.LearnerProfile;

/**
 * One learner's profile. At least one of interests or skills is needed. The limits in the schema
 * are the validator's own constants ({@link LearnerProfile}); {@code OpenApiDocs} adds the
 * framework ids and the largest {@code limit}, which depend on the data.
 *
 * @param limit how many clusters to answer with (1 up to the framework's group count); all when
 *     absent
 */
@Schema(
    description =
        "A learner profile: free-text interests and/or a list of skills (at least one of the two)")
record MatchRequest(
    @Schema(
            description = "what the learner likes, in their own words",
            maxLength = LearnerProfile.MAX_INTERESTS_LENGTH,
            example = "I like drawing and video games, I help at my uncle's garage")
        String interests,
    @ArraySchema(
            arraySchema = @Schema(description = "skills the learner has"),
            maxItems = LearnerProfile.MAX_SKILLS,
            schema =
                @Schema(
                    minLength = 1,
                    maxLength = LearnerProfile.MAX_SKILL_LENGTH,
                    pattern = ".*\\S.*",
                    description = "one skill, not blank"))
        List<String> skills,
    @Schema(
            description = "framework to answer in (GET /api/v1/frameworks); nccf-2024 when absent",
            example = "nccf-2024")
        String framework,
    @Schema(
            description =
                "how many clusters to return, best first, from 1 to the framework's group count (14 in "
                    + "2024); all when absent",
            minimum = "1",
            example = "5")
        Integer limit) {}

package org.careermatch.api.match;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The ranked, explained answer to one profile. Every score and point value is rounded to one
 * decimal.
 *
 * @param detail {@code summary} (the default: each cluster in brief, with its top reasons) or
 *     {@code full} (every list, and the explanation trees)
 * @param understood false when nothing the learner wrote gave evidence; then every score is 0
 * @param interestProfile the learner's interest types (Holland code), when the engine could tell
 * @param clusters the framework's clusters (or groups), best first
 * @param unmatched words of the interests that matched nothing careermatch knows
 */
@Schema(description = "The ranked, explained answer to one profile")
record MatchResponse(
    @Schema(example = "nccf-2024") String framework,
    @Schema(example = "National Career Clusters Framework (2024)") String frameworkName,
    @Schema(allowableValues = {"summary", "full"}) String detail,
    @Schema(
            description =
                "false when no input gave evidence above the noise floor: every score is then 0 and the "
                    + "answer says so instead of naming a best match")
        boolean understood,
    @JsonInclude(JsonInclude.Include.NON_NULL) InterestProfileItem interestProfile,
    List<ClusterItem> clusters,
    @Schema(description = "words of the interests that matched nothing") List<String> unmatched) {

  /**
   * One ranked cluster. With {@code detail=summary} the first 5 clusters that fit have short lists
   * (top sub-clusters with a score, 3 sample and 3 emerging occupations, 5 skills, 3 programs, 3
   * reasons) and the others are named, scored and placed only (no lists: ask {@code detail=full});
   * {@code explanation} is absent. With {@code detail=full} every cluster has complete lists and
   * the explanation tree.
   *
   * @param rank 1 for the best match
   * @param caption the cluster's caption in the 2024 framework (absent in other frameworks)
   * @param score 0-100, one decimal; with {@code detail=full} equal to {@code explanation.value}
   * @param fit the fit in words: strong, good, some or none
   * @param appliesIn for a cross-cutting cluster, the industry clusters it applies in for this
   *     learner
   * @param programs programs of study (CIP) that prepare for the cluster, best for this learner
   *     first
   * @param reasons the lines that add the most to the score, in plain words, with their points
   * @param explanation why, line by line ({@code detail=full} only): a tree whose every node's
   *     value is the sum of its children's
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record ClusterItem(
      int rank,
      @Schema(example = "agriculture") String id,
      @Schema(example = "Agriculture") String title,
      @Schema(example = "Cultivating Sustainability and Nourishing the World") String caption,
      @Schema(minimum = "0", maximum = "100", example = "74.9") double score,
      @Schema(allowableValues = {"strong", "good", "some", "none"}) String fit,
      boolean crossCutting,
      List<AppliesIn> appliesIn,
      List<SubClusterItem> subClusters,
      List<OccupationItem> occupations,
      List<OccupationItem> emergingOccupations,
      List<SkillItem> skillsToExplore,
      List<ProgramItem> programs,
      List<ReasonItem> reasons,
      ExplanationNode explanation) {}

  record AppliesIn(String clusterId, String title, List<String> sampleJobTitles) {}

  /** A sub-cluster (a pathway, in other frameworks) with its 0-100 score, best first. */
  record SubClusterItem(String id, String title, @Schema(example = "63.1") double score) {}

  /**
   * A sample or emerging occupation: with {@code detail=summary} its title only.
   *
   * @param id its id ({@code detail=full} only)
   * @param emerging whether it is an emerging occupation ({@code detail=full} only; in summary the
   *     list says it)
   * @param subClusters the sub-clusters it belongs to ({@code detail=full} only)
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record OccupationItem(String id, String title, Boolean emerging, List<String> subClusters) {}

  /** A skill to explore: with {@code detail=summary} its name only. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record SkillItem(String id, String name) {}

  /** A program of study of the CIP crosswalk. */
  record ProgramItem(
      @Schema(example = "01.0901") String cipCode,
      @Schema(example = "Animal Sciences, General") String title) {}

  /**
   * The learner's interest types (RIASEC).
   *
   * @param hollandCode the three strongest types' letters, strongest first
   * @param types the six types with their scores, in RIASEC order
   */
  record InterestProfileItem(
      @Schema(example = "ASR", pattern = "^[RIASEC]{1,3}$") String hollandCode,
      List<InterestTypeItem> types) {}

  /**
   * @param score the type's share of the learner's interest-type evidence, in percent (the six add
   *     up to 100)
   * @param words the learner's words that point to this type, as typed
   */
  record InterestTypeItem(
      @Schema(allowableValues = {"R", "I", "A", "S", "E", "C"}) String letter,
      @Schema(example = "Artistic") String name,
      @Schema(minimum = "0", maximum = "100", example = "42.5") double score,
      List<String> words) {}

  /**
   * A character range [start, end) of the learner's interests, or of one skill when the line has a
   * skillIndex.
   */
  record SpanItem(@Schema(minimum = "0") int start, @Schema(minimum = "0") int end) {}

  /** A factor that multiplies into a line's value. */
  record FactorItem(@Schema(example = "similarity") String name, double value) {}

  /**
   * One reason, in plain words and as data.
   *
   * @param kind what kind of evidence: word, phrase, all-words, skill, meaning, skill-meaning,
   *     interest-type (the learner's interest types fit the cluster's), cross-cutting (a function
   *     the learner shows, in an industry they show); other for a plain fact
   * @param reason the line in plain words ("You wrote 'animals': it matches ...")
   * @param points what the line adds to the score, one decimal
   * @param skillIndex for a skill's line, the 0-based index of the skill in the request; absent
   *     otherwise
   * @param spans where the learner's words that matched are: in the interests as sent, or in the
   *     skill as sent
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record ReasonItem(
      @Schema(
              allowableValues = {
                "word",
                "phrase",
                "all-words",
                "skill",
                "meaning",
                "skill-meaning",
                "interest-type",
                "cross-cutting",
                "other"
              })
          String kind,
      @Schema(
              example =
                  "You wrote 'animals': it matches 'taking care of animals' (an interest) and 33 more things.")
          String reason,
      @Schema(example = "9.2") double points,
      Integer skillIndex,
      @ArraySchema(schema = @Schema(implementation = SpanItem.class)) List<SpanItem> spans) {}

  /**
   * A line of an explanation. A node with children is their sum; a leaf may carry the evidence it
   * stands for.
   *
   * @param value what the line adds, one decimal (sums hold within rounding)
   * @param description the engine's own wording of the line
   * @param reason a leaf's line in plain words; absent for a sum
   * @param evidence what matched, or null for a plain fact or a sum
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record ExplanationNode(
      double value,
      String description,
      String reason,
      List<ExplanationNode> children,
      EvidenceItem evidence) {}

  /**
   * Which input matched which entity.
   *
   * @param kind as a reason's kind
   * @param inputKind "interests" or "skill"
   * @param skillIndex for a skill's line, its 0-based index in the request
   * @param spans where the matched words are, in the interests as sent or in the skill as sent
   * @param correctedFrom the typed word when a typo was corrected, else null
   * @param field the part of the entity that matched
   * @param matches how many entities the line sums (its best match and the rest at decaying weight)
   * @param factors what multiplies into the line's value
   * @param relevance the search relevance of the match (BM25; for a match by meaning, the
   *     similarity above the floor scaled to 0-1), three decimals
   * @param weight the ranking weight applied to it, three decimals
   * @param similarity for a match by meaning, the cosine similarity of the two texts (e.g. 0.71);
   *     null for a match of words
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record EvidenceItem(
      String kind,
      String input,
      String inputKind,
      Integer skillIndex,
      List<SpanItem> spans,
      List<String> matchedTerms,
      String correctedFrom,
      String entityId,
      String entityType,
      String entityTitle,
      String field,
      String text,
      int matches,
      List<FactorItem> factors,
      double relevance,
      double weight,
      Double similarity) {}
}

package org.careermatch.engine.explain;

import java.util.List;
import org.careermatch.data.Checks;

/**
 * What one explanation line stands for: which input (a word or phrase of the interests, or a listed skill) matched
 * which entity, in which part of it.
 *
 * @param input the learner's words as typed
 * @param inputKind "interests" or "skill"
 * @param matchedTerms the analyzed terms that matched (after synonyms and stemming)
 * @param correctedFrom the typed word when a typo was corrected, else null
 * @param entityId the matched entity
 * @param entityType readable entity type ("emerging occupation")
 * @param entityTitle the matched entity's title
 * @param field the part of the entity that matched ("title", "description", "interest phrase"...)
 * @param text the matched text as the source writes it
 * @param relevance the Lucene BM25 score of the match, or for a semantic match its similarity above the floor
 *     scaled to [0, 1]
 * @param weight the ranking weight applied to it (entity type, specificity, typo penalty)
 * @param similarity the cosine similarity of a semantic match (closeness in meaning), else null
 */
public record Evidence(
    String input,
    String inputKind,
    List<String> matchedTerms,
    String correctedFrom,
    String entityId,
    String entityType,
    String entityTitle,
    String field,
    String text,
    double relevance,
    double weight,
    Double similarity) {
  public Evidence {
    Checks.requireNonBlank(input, "evidence input");
    Checks.requireNonBlank(inputKind, "evidence input kind");
    matchedTerms = List.copyOf(matchedTerms);
    Checks.requireNonBlank(entityId, "evidence entity id");
  }
}

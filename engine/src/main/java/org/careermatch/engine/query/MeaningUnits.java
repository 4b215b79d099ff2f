package org.careermatch.engine.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.careermatch.engine.EngineConfig;
import org.careermatch.engine.explain.Span;
import org.careermatch.engine.index.EntityIndex;
import org.careermatch.engine.index.Field;
import org.careermatch.engine.semantic.TextEmbedder;

/**
 * The semantic units of a profile: each clause of the interests that says something (read without
 * its filler words), then each listed skill no indexed word matched, at most {@link
 * EngineConfig#maxSemanticUnits()} (later clauses join the last). All texts of a profile are
 * embedded in one call. A clause with a word that looks misspelled weighs {@link
 * EngineConfig#typoPenalty()} less, as the corrected word does: the model reads the misspelling as
 * written ("nurce" is not near "nurse"). A short clause needs more similarity ({@link
 * EngineConfig#semanticFloor(int)}).
 */
final class MeaningUnits {
  private final EntityIndex index;
  private final EngineConfig config;
  private final TextEmbedder embedder;
  private final Predicate<String> isContent;

  MeaningUnits(
      EntityIndex index, EngineConfig config, TextEmbedder embedder, Predicate<String> isContent) {
    this.index = index;
    this.config = config;
    this.embedder = embedder;
    this.isContent = isContent;
  }

  private record Pending(
      QueryUnit.Kind kind,
      String input,
      String text,
      int source,
      int skillIndex,
      Span span,
      String misspelled,
      int contentWords,
      List<String> terms) {}

  /**
   * The similarity a unit's neighbours need: its length's floor, raised to {@link
   * EngineConfig#semanticUnknownFloor()} when the index knows none of its words (a corrected
   * misspelling counts as known).
   */
  private double floor(Pending p, Map<String, String> misspelled) {
    double floor = config.semanticFloor(p.contentWords());
    for (String term : p.terms()) {
      if (misspelled.containsKey(term) || index.docFreq(Field.TEXT, term) > 0) {
        return floor;
      }
    }
    return Math.max(floor, config.semanticUnknownFloor());
  }

  /**
   * @param unmatchedSkills indexes of the listed skills no indexed word matched
   * @param misspelled the analyzed terms of the interests that were corrected, with the words as
   *     typed
   * @param readings the same terms with the indexed terms they were read as; with {@link
   *     EngineConfig#semanticReadsCorrections()} the model reads a clause with its typos corrected
   *     ("thinking engineering", not "thinking enginering", which it reads close to "Engine ...
   *     Assemblers")
   */
  List<QueryUnit> units(
      Sources sources,
      List<Integer> unmatchedSkills,
      Map<String, String> misspelled,
      Map<String, String> readings) {
    List<Pending> pending = new ArrayList<>();
    for (int c = 0; c < sources.clauses().size(); c++) {
      Clause clause = sources.clauses().get(c);
      String text = clause.meaningText();
      int content = 0;
      String typo = null;
      List<String> terms = new ArrayList<>();
      StringBuilder read = new StringBuilder(text);
      List<Token> tokens = Tokens.of(index.analyzer(), Field.TEXT, text);
      for (int k = tokens.size() - 1; k >= 0; k--) {
        Token t = tokens.get(k);
        if (isContent.test(t.term())) {
          content++;
          terms.add(0, t.term());
        }
        if (misspelled.containsKey(t.term())) {
          typo = typo == null ? misspelled.get(t.term()) : misspelled.get(t.term()) + " " + typo;
          if (config.semanticReadsCorrections() && readings.containsKey(t.term())) {
            read.replace(t.span().start(), t.span().end(), readings.get(t.term()));
          }
        }
      }
      text = read.toString();
      if (content == 0) {
        // nothing to read (a clause of words the index does not know at all is read: rare job names
        // are known to
        // the model only; skipping them cost the alternate-titles suite 0.02 nDCG@3)
        continue;
      }
      if (pending.size() == config.maxSemanticUnits()) {
        Pending last = pending.remove(pending.size() - 1);
        pending.add(
            new Pending(
                last.kind(),
                last.input() + " " + clause.text(),
                last.text() + " " + text,
                last.source(),
                -1,
                new Span(last.span().start(), clause.span().end()),
                last.misspelled() == null
                    ? typo
                    : typo == null ? last.misspelled() : last.misspelled() + " " + typo,
                last.contentWords() + content,
                concat(last.terms(), terms)));
      } else {
        pending.add(
            new Pending(
                QueryUnit.Kind.MEANING,
                clause.text(),
                text,
                c,
                -1,
                clause.span(),
                typo,
                content,
                terms));
      }
    }
    for (int i : unmatchedSkills) {
      String skill = sources.skills().get(i);
      List<String> terms =
          Tokens.of(index.analyzer(), Field.TEXT, skill).stream()
              .map(Token::term)
              .filter(isContent)
              .toList();
      if (pending.size() < config.maxSemanticUnits() && !terms.isEmpty()) {
        pending.add(
            new Pending(
                QueryUnit.Kind.SKILL_MEANING,
                skill,
                skill,
                sources.skill(i),
                i,
                new Span(0, skill.length()),
                null,
                terms.size(),
                terms));
      }
    }
    // one call of the model for all texts of the profile (a cached embedder asks the model for its
    // misses only)
    List<float[]> vectors =
        pending.isEmpty()
            ? List.of()
            : embedder.embedAll(pending.stream().map(Pending::text).toList());
    List<QueryUnit> out = new ArrayList<>(pending.size());
    for (int u = 0; u < pending.size(); u++) {
      Pending p = pending.get(u);
      float[] vector = vectors.get(u);
      // a word is only ever corrected when typoPenalty > 0, so the weight stays positive
      double weight =
          config.semanticWeight() * (p.misspelled() == null ? 1.0 : config.typoPenalty());
      out.add(
          new QueryUnit(
              p.kind(),
              UnitExtractor.display(p.input()),
              p.terms().stream().distinct().toList(),
              p.misspelled(),
              weight,
              new KnnFloatVectorQuery(Field.VECTOR.fieldName(), vector, config.semanticHits()),
              List.of(),
              p.source(),
              p.skillIndex(),
              List.of(p.span()),
              floor(p, misspelled)));
    }
    return out;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}

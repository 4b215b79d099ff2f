package org.careermatch.engine.rank;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.careermatch.engine.analysis.AnalyzerFactory;
import org.careermatch.engine.index.EntityType;
import org.careermatch.engine.index.EvidenceDoc;
import org.careermatch.engine.index.Field;
import org.careermatch.engine.query.Token;
import org.careermatch.engine.query.Tokens;

/**
 * The head of a job or program title when it is a job of its own ("Law Teachers, Postsecondary" is
 * a teacher; "Agricultural Teacher Education" prepares teachers): the analyzed head term, or null.
 * A word of the learner's that matches such a title only through its modifier ("law") says little
 * about the title's cluster.
 */
final class TitleHeads {
  private static final Set<String> ROLE_HEADS = Set.copyOf(AnalyzerFactory.ROLE_HEADS);

  private TitleHeads() {}

  /** Each document's head term, or null where the rule does not apply. */
  static String[] of(List<EvidenceDoc> docs, Analyzer analyzer) {
    String[] heads = new String[docs.size()];
    for (int d = 0; d < heads.length; d++) {
      heads[d] = head(docs.get(d), analyzer);
    }
    return heads;
  }

  static String head(EvidenceDoc doc, Analyzer analyzer) {
    EntityType t = doc.type();
    if (t != EntityType.SOC_OCCUPATION
        && t != EntityType.OCCUPATION
        && t != EntityType.EMERGING_OCCUPATION
        && t != EntityType.PROGRAM) {
      return null;
    }
    String title = doc.entityTitle();
    int comma = title.indexOf(',');
    String main = (comma >= 0 ? title.substring(0, comma) : title).strip().toLowerCase(Locale.ROOT);
    String[] words = main.split("[\\s/]+");
    String last = words[words.length - 1];
    String head = null;
    if (ROLE_HEADS.contains(last)) {
      head = last;
    } else if (words.length >= 2
        && last.equals("education")
        && ROLE_HEADS.contains(words[words.length - 2])) {
      head = words[words.length - 2];
    }
    if (head == null) {
      return null;
    }
    List<Token> tokens = Tokens.of(analyzer, Field.TEXT, head);
    return tokens.isEmpty() ? null : tokens.get(0).term();
  }

  /**
   * Whether any of the unit's terms is the head (a phrase term counts when one of its words is).
   */
  static boolean names(List<String> unitTerms, String head) {
    for (String t : unitTerms) {
      if (t.equals(head)) {
        return true;
      }
      if (t.indexOf(' ') > 0) {
        Set<String> words = new HashSet<>(List.of(t.split(" ")));
        if (words.contains(head)) {
          return true;
        }
      }
    }
    return false;
  }
}

package org.careermatch.engine.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.careermatch.engine.explain.Span;
import org.careermatch.engine.index.Field;

/**
 * The analyzed terms of a text, with their offsets: the engine's one way of reading what a learner
 * typed.
 */
public final class Tokens {
  private Tokens() {}

  /**
   * Every analyzed term of {@code text} in order (a term may repeat), each with its offsets in
   * {@code text}.
   */
  public static List<Token> of(Analyzer analyzer, Field field, String text) {
    List<Token> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field.fieldName(), text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        String t = term.toString();
        if (t.isBlank()) {
          continue;
        }
        int start = Math.max(0, Math.min(offset.startOffset(), text.length()));
        int end = Math.max(start, Math.min(offset.endOffset(), text.length()));
        String surface = text.substring(start, end).strip().toLowerCase(Locale.ROOT);
        out.add(new Token(t, surface.isEmpty() ? t : surface, new Span(start, end)));
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Distinct terms in order, each with every place it stands. */
  public static Map<String, List<Token>> byTerm(List<Token> tokens) {
    Map<String, List<Token>> out = new LinkedHashMap<>();
    for (Token t : tokens) {
      out.computeIfAbsent(t.term(), k -> new ArrayList<>()).add(t);
    }
    return out;
  }
}

package org.careermatch.evaluation.run;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careermatch.evaluation.InputFormatException;
import org.careermatch.evaluation.Lines;

/**
 * Reads TREC run files: {@code qid Q0 docid rank score tag} per line, whitespace separated, UTF-8,
 * blank lines skipped. As in trec_eval the second column and the tag are not interpreted; the rank
 * must be an integer and the score a finite number. Each query's documents are ordered by score,
 * highest first, equal scores by the rank column and then by line: the evaluator re-sorts ties the
 * way trec_eval does anyway. Malformed lines, and a document listed twice for one query, fail with
 * an {@link InputFormatException} naming the file and line.
 */
public final class TrecRunReader {
  private record Entry(String docid, double score, long rank, int line) {}

  private static final Comparator<Entry> ORDER =
      Comparator.comparingDouble(Entry::score)
          .reversed()
          .thenComparingLong(Entry::rank)
          .thenComparingInt(Entry::line);

  private TrecRunReader() {}

  public static Run read(Path file) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, file.toString());
    }
  }

  /**
   * Reads a run from {@code reader}; {@code source} names it in error messages. Does not close the
   * reader.
   */
  public static Run read(Reader reader, String source) throws IOException {
    Map<String, List<Entry>> byQuery = new LinkedHashMap<>();
    Map<String, Integer> firstLine = new HashMap<>();
    Lines.forEach(
        reader,
        (n, line) -> {
          String[] f = line.strip().split("\\s+");
          if (f.length != 6) {
            throw new InputFormatException(
                source,
                n,
                "expected 'qid Q0 docid rank score tag' but found "
                    + f.length
                    + " fields in '"
                    + shorten(line)
                    + "'");
          }
          long rank;
          try {
            rank = Long.parseLong(f[3]);
          } catch (NumberFormatException e) {
            throw new InputFormatException(source, n, "rank '" + f[3] + "' is not an integer", e);
          }
          double score;
          try {
            score = Double.parseDouble(f[4]);
          } catch (NumberFormatException e) {
            throw new InputFormatException(source, n, "score '" + f[4] + "' is not a number", e);
          }
          if (!Double.isFinite(score)) {
            throw new InputFormatException(source, n, "score '" + f[4] + "' is not finite");
          }
          Integer previous = firstLine.putIfAbsent(f[0] + " " + f[2], n);
          if (previous != null) {
            throw new InputFormatException(
                source,
                n,
                "document "
                    + f[2]
                    + " is retrieved again for query "
                    + f[0]
                    + " (first on line "
                    + previous
                    + ")");
          }
          byQuery
              .computeIfAbsent(f[0], k -> new ArrayList<>())
              .add(new Entry(f[2], score, rank, n));
        });
    Run.Builder run = Run.builder();
    for (Map.Entry<String, List<Entry>> q : byQuery.entrySet()) {
      List<Entry> entries = q.getValue();
      entries.sort(ORDER);
      for (Entry e : entries) {
        run.add(q.getKey(), e.docid(), e.score());
      }
    }
    try {
      return run.build();
    } catch (IllegalArgumentException e) {
      throw new InputFormatException(source, 0, e.getMessage(), e);
    }
  }

  private static String shorten(String line) {
    return line.length() > 80 ? line.substring(0, 77) + "..." : line;
  }
}

package org.careermatch.evaluation.suite;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.careermatch.evaluation.InputFormatException;
import org.careermatch.evaluation.Lines;

/**
 * Reads TREC qrels: {@code qid iter docid grade} per line, whitespace separated, UTF-8. As in
 * trec_eval the second column ({@code iter}, conventionally 0) is ignored and blank lines are
 * skipped; the grade must be an integer. Malformed lines (not four fields, a non-integer grade, a
 * document judged twice for one query) fail with an {@link InputFormatException} naming the file
 * and line.
 */
public final class QrelsReader {
  private QrelsReader() {}

  public static Qrels read(Path file) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, file.toString());
    }
  }

  /**
   * Reads qrels from {@code reader}; {@code source} names it in error messages. Does not close the
   * reader.
   */
  public static Qrels read(Reader reader, String source) throws IOException {
    Qrels.Builder qrels = Qrels.builder();
    Map<String, Integer> firstLine = new HashMap<>();
    Lines.forEach(
        reader,
        (n, line) -> {
          String[] fields = line.strip().split("\\s+");
          if (fields.length != 4) {
            throw new InputFormatException(
                source,
                n,
                "expected 'qid iter docid grade' but found " + fields.length + " fields");
          }
          int grade;
          try {
            grade = Integer.parseInt(fields[3]);
          } catch (NumberFormatException e) {
            throw new InputFormatException(
                source, n, "grade '" + fields[3] + "' is not an integer", e);
          }
          Integer previous = firstLine.putIfAbsent(fields[0] + " " + fields[2], n);
          if (previous != null) {
            throw new InputFormatException(
                source,
                n,
                "document "
                    + fields[2]
                    + " is judged again for query "
                    + fields[0]
                    + " (first judged on line "
                    + previous
                    + ")");
          }
          qrels.add(fields[0], fields[2], grade);
        });
    return qrels.build();
  }
}

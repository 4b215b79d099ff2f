package org.careermatch.evaluation.suite;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.careermatch.evaluation.InputFormatException;
import org.careermatch.evaluation.Lines;

/**
 * Reads TREC topics in the tab-separated form {@code qid<TAB>text}, one topic per line, UTF-8. Blank lines are
 * skipped. The text becomes the topic's interests ({@link Topic#ofText}). Malformed lines (no tab, an empty qid or
 * text, a second tab, a repeated qid) fail with an {@link InputFormatException} naming the file and line.
 */
public final class TopicsReader {
  private TopicsReader() {}

  public static List<Topic> read(Path file) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, file.toString());
    }
  }

  /** Reads topics from {@code reader}; {@code source} names it in error messages. Does not close the reader. */
  public static List<Topic> read(Reader reader, String source) throws IOException {
    List<Topic> topics = new ArrayList<>();
    Map<String, Integer> firstLine = new HashMap<>();
    Lines.forEach(reader, (n, line) -> {
      String[] fields = line.split("\t", -1);
      if (fields.length != 2) {
        throw new InputFormatException(source, n, "expected 'qid<TAB>text' but found "
            + (fields.length == 1 ? "no tab" : fields.length + " tab-separated fields"));
      }
      Topic topic;
      try {
        topic = Topic.ofText(fields[0], fields[1].strip());
      } catch (IllegalArgumentException | NullPointerException e) {
        throw new InputFormatException(source, n, e.getMessage(), e);
      }
      Integer previous = firstLine.putIfAbsent(topic.id(), n);
      if (previous != null) {
        throw new InputFormatException(source, n, "topic " + topic.id() + " repeats line " + previous);
      }
      topics.add(topic);
    });
    return List.copyOf(topics);
  }

}

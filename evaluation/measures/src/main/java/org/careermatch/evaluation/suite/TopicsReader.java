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
import org.careermatch.data.Framework;
import org.careermatch.evaluation.InputFormatException;
import org.careermatch.evaluation.Lines;

/**
 * Reads TREC topics in the tab-separated form {@code qid<TAB>text}, or {@code
 * qid<TAB>text<TAB>skills} with the learner's skills {@code ;}-separated ({@code small
 * engines;welding}), one topic per line, UTF-8. Blank lines are skipped. The text becomes the
 * topic's interests, the skills its skills (an empty third column: none), in the 2024 framework. A
 * file may mix two- and three-column lines. Malformed lines (no tab, more than two tabs, an empty
 * qid, neither text nor skills, an empty skill between two {@code ;}, a repeated qid) fail with an
 * {@link InputFormatException} naming the file and line.
 */
public final class TopicsReader {
  private TopicsReader() {}

  public static List<Topic> read(Path file) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, file.toString());
    }
  }

  /**
   * Reads topics from {@code reader}; {@code source} names it in error messages. Does not close the
   * reader.
   */
  public static List<Topic> read(Reader reader, String source) throws IOException {
    List<Topic> topics = new ArrayList<>();
    Map<String, Integer> firstLine = new HashMap<>();
    Lines.forEach(
        reader,
        (n, line) -> {
          String[] fields = line.split("\t", -1);
          if (fields.length != 2 && fields.length != 3) {
            throw new InputFormatException(
                source,
                n,
                "expected 'qid<TAB>text' or 'qid<TAB>text<TAB>skills' but found "
                    + (fields.length == 1 ? "no tab" : fields.length + " tab-separated fields"));
          }
          Topic topic;
          try {
            List<String> skills = fields.length == 3 ? skills(fields[2]) : List.of();
            topic = new Topic(fields[0], fields[1].strip(), skills, Framework.NCCF_2024);
          } catch (IllegalArgumentException | NullPointerException e) {
            throw new InputFormatException(source, n, e.getMessage(), e);
          }
          Integer previous = firstLine.putIfAbsent(topic.id(), n);
          if (previous != null) {
            throw new InputFormatException(
                source, n, "topic " + topic.id() + " repeats line " + previous);
          }
          topics.add(topic);
        });
    return List.copyOf(topics);
  }

  /**
   * The third column: skills separated by {@code ;}, each stripped; an empty column is no skills.
   * An empty item stays (blank), for {@link Topic} to refuse by the engine's profile rules ("topic
   * 't1': skill 2 is blank").
   */
  static List<String> skills(String column) {
    if (column.isBlank()) {
      return List.of();
    }
    List<String> skills = new ArrayList<>();
    for (String item : column.split(";", -1)) {
      skills.add(item.strip());
    }
    return skills;
  }
}

package org.careermatch.evaluation.suite;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.careermatch.data.Framework;

/**
 * Writes suites in the TREC formats that {@link TopicsReader} and {@link QrelsReader} read: {@code
 * qid<TAB>text} ({@code qid<TAB>text<TAB>skills} for a topic with skills, {@code ;}-separated) and
 * {@code qid 0 docid grade}, one per line, {@code \n} line ends. Only topics in the 2024 framework
 * whose text and skills the format can hold are written (no tab or line break, no {@code ;} inside
 * a skill); anything else would be lost, so it is rejected.
 */
public final class TrecSuiteWriter {
  private TrecSuiteWriter() {}

  /**
   * Writes {@code NAME.topics.tsv}, {@code NAME.qrels} and, if there are sub-cluster judgments,
   * {@code NAME.sub.qrels}.
   */
  public static void write(Suite suite, Path directory, String name) throws IOException {
    Files.createDirectories(directory);
    try (Writer out =
        Files.newBufferedWriter(
            directory.resolve(name + Suites.TOPICS_SUFFIX), StandardCharsets.UTF_8)) {
      writeTopics(suite.topics(), out);
    }
    try (Writer out =
        Files.newBufferedWriter(
            directory.resolve(name + Suites.QRELS_SUFFIX), StandardCharsets.UTF_8)) {
      writeQrels(suite.clusterQrels(), out);
    }
    if (suite.subClusterQrels().size() > 0) {
      try (Writer out =
          Files.newBufferedWriter(
              directory.resolve(name + Suites.SUB_QRELS_SUFFIX), StandardCharsets.UTF_8)) {
        writeQrels(suite.subClusterQrels(), out);
      }
    }
  }

  public static void writeTopics(List<Topic> topics, Writer out) throws IOException {
    out.write(topics(topics));
  }

  public static void writeQrels(Qrels qrels, Writer out) throws IOException {
    out.write(qrels(qrels));
  }

  /** The topics file's content. */
  public static String topics(List<Topic> topics) {
    StringBuilder sb = new StringBuilder();
    for (Topic t : topics) {
      if (!t.framework().equals(Framework.NCCF_2024)) {
        throw new IllegalArgumentException(
            "topic "
                + t.id()
                + " has the framework "
                + t.framework()
                + "; a TREC topic"
                + " is in "
                + Framework.NCCF_2024);
      }
      String text = t.interests().strip();
      if (breaksLine(text)) {
        throw new IllegalArgumentException(
            "text of topic " + t.id() + " contains a tab or line break: '" + text + "'");
      }
      sb.append(t.id()).append('\t').append(text);
      if (!t.skills().isEmpty()) {
        for (String skill : t.skills()) {
          if (breaksLine(skill) || skill.indexOf(';') >= 0 || !skill.equals(skill.strip())) {
            throw new IllegalArgumentException(
                "skill '"
                    + skill
                    + "' of topic "
                    + t.id()
                    + " contains a tab, line"
                    + " break or ';', or surrounding spaces, which a TREC topic's skills column cannot hold");
          }
        }
        sb.append('\t').append(String.join(";", t.skills()));
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  private static boolean breaksLine(String s) {
    return s.indexOf('\t') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
  }

  /** The qrels file's content, in the qrels' order. */
  public static String qrels(Qrels qrels) {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, Map<String, Integer>> q : qrels.judgments().entrySet()) {
      for (Map.Entry<String, Integer> d : q.getValue().entrySet()) {
        sb.append(q.getKey())
            .append(" 0 ")
            .append(d.getKey())
            .append(' ')
            .append(d.getValue())
            .append('\n');
      }
    }
    return sb.toString();
  }
}

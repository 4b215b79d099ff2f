package org.careermatch.evaluation.suite;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.careermatch.evaluation.InputFormatException;

/**
 * Opens relevance suites in files or class-path resources. A suite is either one JSON file ({@code
 * NAME.json}, see {@link JsonSuiteReader}) or three TREC files side by side: {@code
 * NAME.topics.tsv} ({@link TopicsReader}), {@code NAME.qrels} (cluster judgments, {@link
 * QrelsReader}) and, optionally, {@code NAME.sub.qrels} (sub-cluster judgments). The formats are
 * described in the evaluation module's {@code careermatch/suites/README.md}.
 */
public final class Suites {
  public static final String TOPICS_SUFFIX = ".topics.tsv";
  public static final String QRELS_SUFFIX = ".qrels";
  public static final String SUB_QRELS_SUFFIX = ".sub.qrels";
  public static final String JSON_SUFFIX = ".json";

  private Suites() {}

  /**
   * Reads the suite stored as class-path resources {@code BASE.json}, or {@code BASE.topics.tsv},
   * {@code BASE.qrels} and optionally {@code BASE.sub.qrels}; a TREC suite is given {@code name}, a
   * JSON suite the name inside it.
   *
   * @return the suite, or empty when neither {@code BASE.json} nor {@code BASE.topics.tsv} exists
   */
  public static Optional<Suite> fromClassPath(ClassLoader loader, String base, String name)
      throws IOException {
    try (InputStream json = loader.getResourceAsStream(base + JSON_SUFFIX)) {
      if (json != null) {
        return Optional.of(JsonSuiteReader.read(json, base + JSON_SUFFIX));
      }
    }
    try (InputStream topics = loader.getResourceAsStream(base + TOPICS_SUFFIX)) {
      if (topics == null) {
        return Optional.empty();
      }
      List<Topic> t = TopicsReader.read(reader(topics), base + TOPICS_SUFFIX);
      Qrels clusters;
      try (InputStream qrels = loader.getResourceAsStream(base + QRELS_SUFFIX)) {
        if (qrels == null) {
          throw new InputFormatException(
              base + QRELS_SUFFIX, 0, "missing: a TREC suite needs cluster qrels");
        }
        clusters = QrelsReader.read(reader(qrels), base + QRELS_SUFFIX);
      }
      Qrels subClusters = Qrels.EMPTY;
      try (InputStream sub = loader.getResourceAsStream(base + SUB_QRELS_SUFFIX)) {
        if (sub != null) {
          subClusters = QrelsReader.read(reader(sub), base + SUB_QRELS_SUFFIX);
        }
      }
      return Optional.of(suite(name, t, clusters, subClusters, base + TOPICS_SUFFIX));
    }
  }

  /**
   * Reads a suite from a file: a {@code .json} file, or the {@code .topics.tsv} file of a TREC
   * suite (the qrels are found beside it). The suite of a TREC file is named by the file's base
   * name.
   */
  public static Suite read(Path file) throws IOException {
    String fileName = file.getFileName().toString();
    if (fileName.endsWith(JSON_SUFFIX)) {
      return JsonSuiteReader.read(file);
    }
    if (fileName.endsWith(TOPICS_SUFFIX)) {
      Path dir = file.toAbsolutePath().getParent();
      return readTrec(dir, fileName.substring(0, fileName.length() - TOPICS_SUFFIX.length()));
    }
    throw new IllegalArgumentException(
        "cannot tell the format of suite file "
            + file
            + " (expected *"
            + JSON_SUFFIX
            + " or *"
            + TOPICS_SUFFIX
            + ")");
  }

  /**
   * Reads the TREC suite {@code NAME.topics.tsv}, {@code NAME.qrels} and optional {@code
   * NAME.sub.qrels}.
   */
  public static Suite readTrec(Path directory, String name) throws IOException {
    Path sub = directory.resolve(name + SUB_QRELS_SUFFIX);
    return readTrec(
        name,
        directory.resolve(name + TOPICS_SUFFIX),
        directory.resolve(name + QRELS_SUFFIX),
        Files.exists(sub) ? sub : null);
  }

  /** Reads a TREC suite from explicit files; {@code subClusterQrels} may be null. */
  public static Suite readTrec(String name, Path topics, Path clusterQrels, Path subClusterQrels)
      throws IOException {
    List<Topic> t = TopicsReader.read(topics);
    Qrels clusters = QrelsReader.read(clusterQrels);
    Qrels subClusters = subClusterQrels == null ? Qrels.EMPTY : QrelsReader.read(subClusterQrels);
    return suite(name, t, clusters, subClusters, topics.toString());
  }

  private static Suite suite(
      String name, List<Topic> topics, Qrels clusters, Qrels subClusters, String source)
      throws InputFormatException {
    try {
      return new Suite(name, topics, clusters, subClusters);
    } catch (IllegalArgumentException e) {
      throw new InputFormatException(source, 0, e.getMessage(), e);
    }
  }

  private static BufferedReader reader(InputStream in) {
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }
}

package org.careermatch.evaluation.suite;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.careermatch.evaluation.InputFormatException;

/**
 * Opens relevance suites: the ones bundled under {@code careermatch/suites/} on the class path, and suites in files.
 * A suite is either one JSON file ({@code NAME.json}, see {@link JsonSuiteReader}) or three TREC files side by side:
 * {@code NAME.topics.tsv} ({@link TopicsReader}), {@code NAME.qrels} (cluster judgments, {@link QrelsReader}) and,
 * optionally, {@code NAME.sub.qrels} (sub-cluster judgments). See {@code careermatch/suites/README.md}.
 */
public final class Suites {
  /** Class-path folder of the bundled suites. */
  public static final String RESOURCE_ROOT = "careermatch/suites/";

  /** Names of the bundled suites, accepted by {@link #bundled(String)}. */
  public static final List<String> BUNDLED = List.of(
      "learner-profiles",
      "uv-job-titles",
      "pathways-2002",
      "sacramento",
      "dev/alt-titles",
      "dev/reported-titles",
      "dev/tasks",
      "dev/interest-survey",
      "dev/interest-survey-activities",
      "dev/interest-survey-qualities",
      "dev/interest-survey-subjects",
      "dev/survey-profiles",
      "dev/student-voice");

  /**
   * Bundled suites that are a part of another one, by topic id: {@code dev/interest-survey}'s statements by item kind
   * (qids {@code dev-int-BOX-act-NN} activities, {@code -per-} personal qualities, {@code -sch-} school subjects).
   */
  private static final Map<String, Part> PARTS = Map.of(
      "dev/interest-survey-activities", new Part("dev/interest-survey", Pattern.compile("dev-int-\\d+-act-\\d+")),
      "dev/interest-survey-qualities", new Part("dev/interest-survey", Pattern.compile("dev-int-\\d+-per-\\d+")),
      "dev/interest-survey-subjects", new Part("dev/interest-survey", Pattern.compile("dev-int-\\d+-sch-\\d+")));

  private record Part(String suite, Pattern qids) {}

  public static final String TOPICS_SUFFIX = ".topics.tsv";
  public static final String QRELS_SUFFIX = ".qrels";
  public static final String SUB_QRELS_SUFFIX = ".sub.qrels";
  public static final String JSON_SUFFIX = ".json";

  private Suites() {}

  /**
   * Loads a bundled suite by name, e.g. {@code learner-profiles} or {@code dev/alt-titles}. A TREC suite is named by
   * its path under {@link #RESOURCE_ROOT}; a JSON suite by the {@code name} inside it; a part of a suite (the
   * interest survey by item kind) by its own name.
   */
  public static Suite bundled(String name) throws IOException {
    Part part = PARTS.get(name);
    if (part != null) {
      Suite whole = bundled(part.suite());
      return whole.subset(name, qid -> part.qids().matcher(qid).matches());
    }
    ClassLoader loader = Suites.class.getClassLoader();
    String base = RESOURCE_ROOT + name;
    try (InputStream json = loader.getResourceAsStream(base + JSON_SUFFIX)) {
      if (json != null) {
        return JsonSuiteReader.read(json, base + JSON_SUFFIX);
      }
    }
    try (InputStream topics = loader.getResourceAsStream(base + TOPICS_SUFFIX)) {
      if (topics == null) {
        throw new IllegalArgumentException("no bundled suite named " + name + " (bundled: " + BUNDLED + ")");
      }
      List<Topic> t = TopicsReader.read(reader(topics), base + TOPICS_SUFFIX);
      Qrels clusters;
      try (InputStream qrels = loader.getResourceAsStream(base + QRELS_SUFFIX)) {
        if (qrels == null) {
          throw new InputFormatException(base + QRELS_SUFFIX, 0, "missing: a TREC suite needs cluster qrels");
        }
        clusters = QrelsReader.read(reader(qrels), base + QRELS_SUFFIX);
      }
      Qrels subClusters = Qrels.EMPTY;
      try (InputStream sub = loader.getResourceAsStream(base + SUB_QRELS_SUFFIX)) {
        if (sub != null) {
          subClusters = QrelsReader.read(reader(sub), base + SUB_QRELS_SUFFIX);
        }
      }
      return suite(name, t, clusters, subClusters, base + TOPICS_SUFFIX);
    }
  }

  /**
   * Reads a suite from a file: a {@code .json} file, or the {@code .topics.tsv} file of a TREC suite (the qrels are
   * found beside it). The suite of a TREC file is named by the file's base name.
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
        "cannot tell the format of suite file " + file + " (expected *" + JSON_SUFFIX + " or *" + TOPICS_SUFFIX + ")");
  }

  /** Reads the TREC suite {@code NAME.topics.tsv}, {@code NAME.qrels} and optional {@code NAME.sub.qrels}. */
  public static Suite readTrec(Path directory, String name) throws IOException {
    Path sub = directory.resolve(name + SUB_QRELS_SUFFIX);
    return readTrec(name, directory.resolve(name + TOPICS_SUFFIX), directory.resolve(name + QRELS_SUFFIX),
        Files.exists(sub) ? sub : null);
  }

  /** Reads a TREC suite from explicit files; {@code subClusterQrels} may be null. */
  public static Suite readTrec(String name, Path topics, Path clusterQrels, Path subClusterQrels) throws IOException {
    List<Topic> t = TopicsReader.read(topics);
    Qrels clusters = QrelsReader.read(clusterQrels);
    Qrels subClusters = subClusterQrels == null ? Qrels.EMPTY : QrelsReader.read(subClusterQrels);
    return suite(name, t, clusters, subClusters, topics.toString());
  }

  private static Suite suite(String name, List<Topic> topics, Qrels clusters, Qrels subClusters, String source)
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

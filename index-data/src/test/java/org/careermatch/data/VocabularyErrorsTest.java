package org.careermatch.data;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken interest cues, subjects and qualities are rejected with the file, record and field: one
 * test per kind of problem. The data is copied once; each test edits a file and the original comes
 * back afterwards.
 */
class VocabularyErrorsTest {
  @TempDir static Path dir;
  private final Map<Path, String> originals = new HashMap<>();

  @BeforeAll
  static void copyEmbeddedData() throws IOException, URISyntaxException {
    Path root =
        Path.of(DataSource.class.getClassLoader().getResource("careermatch/data/ids.tsv").toURI())
            .getParent();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Path target = dir.resolve(root.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  @AfterEach
  void restore() throws IOException {
    for (Map.Entry<Path, String> e : originals.entrySet()) {
      Files.writeString(e.getKey(), e.getValue(), StandardCharsets.UTF_8);
    }
  }

  private void edit(String file, String from, String to) throws IOException {
    Path p = dir.resolve(file);
    String text = Files.readString(p, StandardCharsets.UTF_8);
    originals.putIfAbsent(p, text);
    assertTrue(text.contains(from), file + " should contain " + from);
    Files.writeString(
        p,
        text.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to)),
        StandardCharsets.UTF_8);
  }

  private static void assertRejected(String... fragments) {
    DataValidationException e =
        assertThrows(
            DataValidationException.class,
            () ->
                DataLoader.load(
                    DataSource.directory(dir),
                    new DataValidator(DataValidator.Expectations.NATIONAL)));
    for (String f : fragments) {
      assertTrue(
          e.problems().stream().anyMatch(p -> p.contains(f)),
          "expected '" + f + "' in " + e.problems());
    }
  }

  @Test
  void unknownClusterIds() throws IOException {
    edit(
        "subjects.yaml",
        "{cluster: healthcare-human-services, weight: 0.8}",
        "{cluster: healthcare-and-hobbies, weight: 0.8}");
    assertRejected(
        "subjects.yaml subject biology field 'links' refers to unknown cluster healthcare-and-hobbies");
  }

  @Test
  void unknownSubClusterIds() throws IOException {
    edit(
        "qualities.yaml",
        "{subCluster: behavioral-mental-health, weight: 0.3}",
        "{subCluster: feelings, weight: 0.3}");
    assertRejected(
        "qualities.yaml record 3 (id 'good-listener') links[0]: field 'subCluster' refers to unknown sub-cluster 'feelings'");
  }

  @Test
  void linksNameEitherAClusterOrASubCluster() throws IOException {
    edit(
        "subjects.yaml",
        "{subCluster: biotechnology-research-development, weight: 0.8}",
        "{cluster: healthcare-human-services, subCluster: biotechnology-research-development, weight: 0.8}");
    assertRejected(
        "subjects.yaml record 1 (id 'biology') links[3]: give either field 'cluster' or field 'subCluster'");
  }

  @Test
  void missingProvenance() throws IOException {
    edit("subjects.yaml", "  provenance: authored\n", "");
    assertRejected("subjects.yaml record 1 (id 'biology'): missing field 'provenance'");
  }

  @Test
  void unknownProvenance() throws IOException {
    edit("interest-cues.yaml", "provenance: authored", "provenance: hearsay");
    assertRejected("interest-cues.yaml record 1", "unknown provenance 'hearsay'");
  }

  @Test
  void cueWeightOutOfRange() throws IOException {
    edit(
        "interest-cues.yaml", "{text: fix things, weight: 1.0}", "{text: fix things, weight: 1.5}");
    assertRejected("interest-cues.yaml record 1 cues[0]: field 'weight' is 1.5, not in (0, 1]");
  }

  @Test
  void linkWeightOutOfRange() throws IOException {
    edit(
        "subjects.yaml",
        "{cluster: agriculture, weight: 0.7}",
        "{cluster: agriculture, weight: 0}");
    assertRejected(
        "subjects.yaml record 1 (id 'biology') links[1]: field 'weight' is 0.0, not in (0, 1]");
  }

  @Test
  void typeWeightOutOfRange() throws IOException {
    edit(
        "qualities.yaml",
        "types: {social: 0.8, conventional: 0.3}",
        "types: {social: 2, conventional: 0.3}");
    assertRejected(
        "qualities.yaml record 1 (id 'patient'): field 'types': weight of social is 2.0, not in (0, 1]");
  }

  @Test
  void unknownInterestTypes() throws IOException {
    edit(
        "qualities.yaml",
        "types: {social: 0.8, conventional: 0.3}",
        "types: {sociable: 0.8, conventional: 0.3}");
    edit("interest-cues.yaml", "- type: realistic", "- type: sporty");
    assertRejected(
        "qualities.yaml record 1 (id 'patient'): field 'types': unknown interest type 'sociable'",
        "interest-cues.yaml record 1: unknown interest type 'sporty'");
  }

  @Test
  void duplicateIds() throws IOException {
    edit("subjects.yaml", "- id: chemistry\n", "- id: biology\n");
    edit("qualities.yaml", "- id: caring\n", "- id: patient\n");
    assertRejected(
        "subjects.yaml: duplicate subject id biology",
        "qualities.yaml: duplicate quality id patient");
  }

  @Test
  void duplicateAliases() throws IOException {
    edit("subjects.yaml", "aliases: [chem, ap chem,", "aliases: [chem, Bio, ap chem,");
    edit(
        "qualities.yaml",
        "aliases: [patience, very patient,",
        "aliases: [patience, CHEM, very patient,");
    assertRejected(
        "subjects.yaml subject chemistry field 'aliases': duplicate name or alias 'Bio' (already subjects.yaml subject biology)",
        "qualities.yaml quality patient field 'aliases': duplicate name or alias 'CHEM' (already subjects.yaml subject chemistry)");
  }

  @Test
  void duplicateCues() throws IOException {
    edit("interest-cues.yaml", "{text: fix things, weight: 1.0}", "{text: Repair, weight: 1.0}");
    assertRejected(
        "interest-cues.yaml: duplicate interest cue id realistic:repair ('Repair', everyday; first as 'Repair', keyword in onet-interests/)");
  }

  @Test
  void unknownFields() throws IOException {
    edit("subjects.yaml", "  kind: academic\n", "  kind: academic\n  kidn: typo\n");
    edit(
        "qualities.yaml",
        "{subCluster: behavioral-mental-health, weight: 0.3}",
        "{subCluster: behavioral-mental-health, weight: 0.3, wieght: 1}");
    edit(
        "interest-cues.yaml",
        "{text: fix things, weight: 1.0}",
        "{text: fix things, weight: 1.0, type: social}");
    assertRejected(
        "subjects.yaml record 1 (id 'biology'): unknown field(s) [kidn]",
        "qualities.yaml record 3 (id 'good-listener') links[0]: unknown field(s) [wieght]",
        "interest-cues.yaml record 1 cues[0]: unknown field(s) [type]");
  }

  @Test
  void unknownSubjectKind() throws IOException {
    edit("subjects.yaml", "  kind: academic\n", "  kind: hobby\n");
    assertRejected("subjects.yaml record 1 (id 'biology'): unknown subject kind 'hobby'");
  }
}

package org.careermatch.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken files are reported with the file, record and field; loading a copied directory works like
 * the jar.
 */
class DataLoaderErrorsTest {
  @TempDir Path dir;

  @BeforeEach
  void copyEmbeddedData() throws IOException, URISyntaxException {
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

  private DataValidationException loadBroken() {
    return assertThrows(
        DataValidationException.class,
        () ->
            DataLoader.load(
                DataSource.directory(dir), new DataValidator(DataValidator.Expectations.NATIONAL)));
  }

  private void edit(String file, String from, String to) throws IOException {
    Path p = dir.resolve(file);
    String text = Files.readString(p, StandardCharsets.UTF_8);
    assertTrue(text.contains(from), file + " should contain " + from);
    Files.writeString(
        p,
        text.replaceFirst(
            java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)),
        StandardCharsets.UTF_8);
  }

  private static void assertMentions(DataValidationException e, String... fragments) {
    for (String f : fragments) {
      assertTrue(
          e.problems().stream().anyMatch(p -> p.contains(f)),
          "expected '" + f + "' in " + e.problems());
    }
  }

  @Test
  void aCopiedDirectoryLoadsLikeTheJar() {
    FrameworkData fromDir =
        DataLoader.load(
            DataSource.directory(dir), new DataValidator(DataValidator.Expectations.NATIONAL));
    FrameworkData embedded = DataLoader.loadDefault();
    assertEquals(embedded.skills(), fromDir.skills());
    assertEquals(embedded.frameworks(), fromDir.frameworks());
  }

  @Test
  void missingProvenanceIsRejected() throws IOException {
    edit("places.yaml", ", provenance: report}", "}");
    assertMentions(loadBroken(), "places.yaml record 1", "missing field 'provenance'");
  }

  @Test
  void unknownProvenanceIsRejected() throws IOException {
    edit("clusters.yaml", "provenance: report", "provenance: hearsay");
    assertMentions(
        loadBroken(),
        "clusters.yaml record 1 (id 'advanced-manufacturing')",
        "unknown provenance 'hearsay'");
  }

  @Test
  void unknownFieldsAreRejectedNotDropped() throws IOException {
    edit("clusters.yaml", "  caption:", "  captoin: typo\n  caption:");
    assertMentions(loadBroken(), "unknown field(s) [captoin]");
  }

  @Test
  void aProductMarkMustBeTrueOrFalseAndFitItsListings() throws IOException {
    edit(
        "skills.yaml", "  name: Blender\n  product: true\n", "  name: Blender\n  product: maybe\n");
    assertMentions(loadBroken(), "(id 'blender')", "field 'product' must be true or false");
    edit(
        "skills.yaml", "  name: Blender\n  product: maybe\n", "  name: Blender\n  product: true\n");
    edit(
        "skills.yaml", "  name: Accounts Payable\n", "  name: Accounts Payable\n  product: true\n");
    assertMentions(
        loadBroken(), "skill accounts-payable is marked a product but is listed as specialized");
  }

  /**
   * Skills, occupations, places and applications are bound by Jackson: the same messages, naming
   * file and value.
   */
  @Test
  void boundRecordsAreReportedWithFileRecordAndValue() throws IOException {
    edit(
        "skills.yaml",
        "asWritten: Access Controls, provenance: report}",
        "asWritten: Access Controls, provenance: rumor}");
    edit("occupations.yaml", "  kind: sample\n", "  kind: sample\n  colour: blue\n");
    edit("occupations.yaml", "  soc: [17-3012, 17-3013, 17-3019]\n", "  soc: {code: 17-3012}\n");
    edit(
        "places.yaml",
        "cluster: advanced-manufacturing, provenance: report}",
        "cluster: Advanced Manufacturing, provenance: report}");
    edit("applications.yaml", "  sampleJobTitle: Manufacturing Drone Operations Specialist\n", "");
    edit(
        "applications.yaml",
        "  activities:\n    - Crop monitoring and health assessment\n"
            + "    - Precision agriculture for targeted pesticide and fertilizer application\n",
        "  activities: []\n");
    DataValidationException e = loadBroken();
    assertMentions(
        e,
        "skills.yaml record 1 (id 'access-controls') listings[0]: unknown provenance 'rumor' (expected one of report,",
        "occupations.yaml record 1 (id 'advanced-manufacturing:sample:assembler-fabricator'): unknown field(s) [colour]"
            + " (allowed: [alsoIn, asWritten, assignment, cluster, doubt, id, kind, note, provenance, soc, subClusters, title])",
        "occupations.yaml record 2 (id 'advanced-manufacturing:sample:cad-drafter'): field 'soc' must be a list, found "
            + "object",
        "places.yaml record 1 (id 'advanced-manufacturing:place:aerospace-and-defense-manufacturers'): cluster id "
            + "'Advanced?Manufacturing' is not a slug",
        "applications.yaml record 1 (id 'uncrewed-vehicle-technology:advanced-manufacturing'): missing field "
            + "'sampleJobTitle'",
        "applications.yaml record 2 (id 'uncrewed-vehicle-technology:agriculture'): application "
            + "uncrewed-vehicle-technology:agriculture has no activities");
  }

  @Test
  void invalidYamlIsReported() throws IOException {
    Files.writeString(dir.resolve("skills.yaml"), "- id: [unclosed\n");
    assertMentions(loadBroken(), "skills.yaml: not valid YAML");
  }

  @Test
  void unknownCrosswalkNamesAreReportedNotSkipped() throws IOException {
    edit(
        "crosswalks/soc-clusters.tsv",
        "\tRegistered Nurses\tHealthcare & Human Services\t",
        "\tRegistered Nurses\tHealthcare & Hobbies\t");
    assertMentions(
        loadBroken(),
        "crosswalks/soc-clusters.tsv row",
        "unknown cluster name 'Healthcare & Hobbies'");
  }

  @Test
  void aMissingInterestFileIsReported() throws IOException {
    Files.delete(dir.resolve("interests/education.yaml"));
    assertMentions(loadBroken(), "interests/education.yaml: missing");
  }

  @Test
  void aDanglingReferenceInAFrameworkIsReported() throws IOException {
    edit(
        "frameworks/sacramento-works.yaml",
        "cluster: healthcare-human-services",
        "cluster: healthcare-and-hobbies");
    assertMentions(
        loadBroken(), "framework sacramento-works", "unknown cluster healthcare-and-hobbies");
  }
}

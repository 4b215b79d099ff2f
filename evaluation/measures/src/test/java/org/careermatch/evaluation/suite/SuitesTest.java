package org.careermatch.evaluation.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.careermatch.evaluation.InputFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Suites in files and class-path resources. */
class SuitesTest {
  @Test
  void suitesRejectJudgmentsOfUnknownTopics(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("s.topics.tsv"), "t1\tnurse\n");
    Files.writeString(
        dir.resolve("s.qrels"), "t1 0 healthcare-human-services 1\nt2 0 education 1\n");
    var e = assertThrows(InputFormatException.class, () -> Suites.readTrec(dir, "s"));
    assertTrue(
        e.getMessage()
            .contains("has cluster judgments for query t2, which is not one of its topics"),
        e.getMessage());
  }

  @Test
  void aSuiteOnTheClassPathIsFoundByItsBaseName(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("s.topics.tsv"), "t1\tnurse\tcpr\n");
    Files.writeString(dir.resolve("s.qrels"), "t1 0 healthcare-human-services 1\n");
    try (var loader = new java.net.URLClassLoader(new java.net.URL[] {dir.toUri().toURL()}, null)) {
      Suite suite = Suites.fromClassPath(loader, "s", "my-suite").orElseThrow();
      assertEquals("my-suite", suite.name());
      assertEquals(List.of(new Topic("t1", "nurse", List.of("cpr"), "nccf-2024")), suite.topics());
      assertEquals(Qrels.EMPTY, suite.subClusterQrels());
      assertTrue(Suites.fromClassPath(loader, "missing", "missing").isEmpty());
    }
  }
}

package org.careermatch.evaluation.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.careermatch.evaluation.InputFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopicsReaderTest {
  @Test
  void readsQidTabText() throws IOException {
    List<Topic> topics =
        TopicsReader.read(new StringReader("t1\tdrone pilot\n\nt2\tnurse  \n"), "x.topics.tsv");
    assertEquals(List.of(Topic.ofText("t1", "drone pilot"), Topic.ofText("t2", "nurse")), topics);
    assertEquals("nccf-2024", topics.get(0).framework());
    assertEquals(List.of(), topics.get(0).skills());
  }

  @Test
  void aThirdColumnHoldsTheSkillsSemicolonSeparated() throws IOException {
    List<Topic> topics =
        TopicsReader.read(
            new StringReader(
                "s1\tsmall engines in ag class was fun\tsmall engines; welding\n"
                    + "s2\ti want to work outdoors\t\n"
                    + "s3\t\tpython;sql\n"
                    + "s4\ttwo columns still\n"),
            "x.topics.tsv");
    assertEquals(
        List.of(
            new Topic(
                "s1",
                "small engines in ag class was fun",
                List.of("small engines", "welding"),
                "nccf-2024"),
            new Topic("s2", "i want to work outdoors", List.of(), "nccf-2024"),
            new Topic("s3", "", List.of("python", "sql"), "nccf-2024"),
            Topic.ofText("s4", "two columns still")),
        topics);
  }

  @Test
  void malformedLinesNameFileAndLine(@TempDir Path dir) throws IOException {
    assertError("t1\tok\nt2 no tab\n", "2", "no tab");
    assertError("t1\tok\n\nt2\ta\tb\tc\n", "3", "4 tab-separated fields");
    // the engine's profile rules, in its words
    assertError("t1\tok\tx;;y\n", "1", "topic 't1': skill 2 is blank");
    assertError("t1\tok\tx;\n", "1", "topic 't1': skill 2 is blank");
    assertError(
        "t1\t \t \n",
        "1",
        "topic 't1': a profile needs interests or at least one skill; both are empty");
    assertError("\tno qid\n", "1", "topic id must not be empty");
    assertError("t 1\ttext\n", "1", "'t?1' must not contain whitespace");
    assertError(
        "t1\t   \n",
        "1",
        "topic 't1': a profile needs interests or at least one skill; both are empty");
    assertError(
        "t1\t" + "a".repeat(2001) + "\n",
        "1",
        "topic 't1': interests are 2001 characters long; at most 2000");
    assertError("t1\ta\nt1\tb\n", "2", "topic t1 repeats line 1");

    Path file = dir.resolve("bad.topics.tsv");
    Files.writeString(file, "t1\tok\nbroken\n");
    InputFormatException e =
        assertThrows(InputFormatException.class, () -> TopicsReader.read(file));
    assertTrue(e.getMessage().startsWith(file + ":2: "), e.getMessage());
    assertEquals(file.toString(), e.source());
    assertEquals(2, e.line());
  }

  private static void assertError(String content, String line, String message) {
    InputFormatException e =
        assertThrows(
            InputFormatException.class,
            () -> TopicsReader.read(new StringReader(content), "x.topics.tsv"));
    assertTrue(e.getMessage().startsWith("x.topics.tsv:" + line + ": "), e.getMessage());
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }
}

package org.careermatch.evaluation.district;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.careermatch.data.DataLoader;
import org.careermatch.engine.Engine;
import org.careermatch.engine.EngineConfig;
import org.careermatch.evaluation.bench.StudentProfiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A district's file streamed through the engine (by words: the model is tested in the engine). */
class DistrictRunTest {
  static Engine engine;

  @BeforeAll
  static void build() {
    engine = Engine.create(DataLoader.loadDefault(), EngineConfig.defaults());
  }

  /** 1,000 generated rows (seeded) with bad rows in the middle; returns the CSV. */
  static String districtCsv() {
    StudentProfiles g = new StudentProfiles(Long.getLong("careermatch.test.seed", 42));
    StringBuilder b = new StringBuilder("ref,interests,skills,framework\n");
    for (int n = 1; n <= 1000; n++) {
      switch (n) {
        case 300 -> b.append(",i like welding,,\n");
        case 400 -> b.append("s400,i like cooking,,no-such-framework\n");
        case 450 -> b.append("s450,,,\n");
        case 500 -> b.append("s500,too,many,cells,here\n");
        case 550 -> b.append("s550,\"i like art\",").append("x;".repeat(60)).append(",\n");
        case 600 -> b.append("=cmd,\"=HYPERLINK(\"\"x\"\")\",,\n");
        default -> {
          StudentProfiles.Profile p = g.next();
          b.append('s')
              .append(n)
              .append(',')
              .append(csv(p.interests()))
              .append(',')
              .append(csv(String.join("; ", p.skills())))
              .append(n % 7 == 0 ? ",sacramento-works" : ",")
              .append('\n');
        }
      }
    }
    return b.toString();
  }

  static String csv(String s) {
    return "\"" + s.replace("\"", "\"\"") + "\"";
  }

  static DistrictRun run(Path in, Path out, int threads) {
    return new DistrictRun(
        new DistrictRun.Options(
            in,
            ProfileReader.Format.CSV,
            out,
            out.resolveSibling(out.getFileName() + ".errors.csv"),
            threads,
            threads * 8,
            "test"),
        new RowScorer(engine, 3));
  }

  static List<DistrictRun.Progress> progress = new ArrayList<>();

  @Test
  void interruptedAndResumedGivesTheSameOutputAsAnUninterruptedRun(@TempDir Path dir)
      throws IOException {
    Path in = dir.resolve("district.csv");
    Files.writeString(in, districtCsv());
    Path whole = dir.resolve("whole.csv");
    DistrictRun.Summary all = run(in, whole, 3).run(false, p -> {}, 0);
    assertTrue(all.completed());
    assertEquals(1000, all.rows());
    assertEquals(5, all.errors(), "rows 300, 400, 450, 500 and 550 cannot be scored");

    Path parts = dir.resolve("parts.csv");
    Path partErrors = dir.resolve("parts.csv.errors.csv");
    long[] stops = {137, 301, 498, 777};
    for (long stop : stops) {
      DistrictRun.Summary s = run(in, parts, 4).run(false, p -> {}, stop);
      assertFalse(s.completed());
      assertEquals(stop, s.rows());
      // what a killed process leaves after its last checkpoint: half a row in each file
      Files.writeString(parts, "s999,half a ro", StandardOpenOption.APPEND);
      Files.writeString(partErrors, "12", StandardOpenOption.APPEND);
    }
    DistrictRun.Summary last = run(in, parts, 2).run(false, p -> {}, 0);
    assertTrue(last.completed());
    assertEquals(777, last.resumedAt());
    assertEquals(1000, last.rows());
    assertEquals(5, last.errors());
    assertArrayEquals(Files.readAllBytes(whole), Files.readAllBytes(parts), "results");
    assertArrayEquals(
        Files.readAllBytes(dir.resolve("whole.csv.errors.csv")),
        Files.readAllBytes(partErrors),
        "errors");

    List<String> lines = Files.readAllLines(whole, StandardCharsets.UTF_8);
    assertEquals(1001, lines.size(), "a header and one line per row");
    assertEquals(
        "ref,rank1_id,rank1_title,rank1_score,rank1_reasons,rank2_id,rank2_title,rank2_score,rank2_reasons,"
            + "rank3_id,rank3_title,rank3_score,rank3_reasons,framework,error",
        lines.get(0));
    assertTrue(lines.get(1).startsWith("s1,"), lines.get(1));
    assertTrue(lines.get(300).startsWith(",,,"), "row 300 has no ref: " + lines.get(300));
    assertTrue(
        lines
            .get(300)
            .endsWith("ref is missing: give each profile your own reference for the learner"));
    assertTrue(
        lines.get(400).contains("framework 'no-such-framework' does not exist"), lines.get(400));
    assertTrue(lines.get(600).startsWith("'=cmd,"), "a formula is escaped: " + lines.get(600));
    List<String> errors = Files.readAllLines(partErrors, StandardCharsets.UTF_8);
    assertEquals("row,line,ref,error", errors.get(0));
    assertEquals(6, errors.size());
    assertTrue(errors.get(1).startsWith("300,301,,ref is missing"), errors.get(1));
    assertTrue(errors.get(4).startsWith("500,501,s500,the row has 5 cells"), errors.get(4));
  }

  @Test
  void aCheckpointOfAnotherInputIsNotResumed(@TempDir Path dir) throws IOException {
    Path in = dir.resolve("district.csv");
    Files.writeString(in, districtCsv());
    Path out = dir.resolve("out.csv");
    run(in, out, 2).run(false, p -> {}, 50);
    Files.writeString(in, "ref,interests\ns1,welding\n");
    ProfileReader.InputException e =
        assertThrows(
            ProfileReader.InputException.class, () -> run(in, out, 2).run(false, p -> {}, 0));
    assertTrue(e.getMessage().contains("--restart"), e.getMessage());
    DistrictRun.Summary again = run(in, out, 2).run(true, p -> {}, 0);
    assertEquals(1, again.rows());
    assertEquals(2, Files.readAllLines(out).size());
  }

  @Test
  void anOutputWithoutACheckpointIsNotOverwritten(@TempDir Path dir) throws IOException {
    Path in = dir.resolve("district.csv");
    Files.writeString(in, "ref,interests\ns1,welding\n");
    Path out = dir.resolve("out.csv");
    Files.writeString(out, "precious");
    assertThrows(ProfileReader.InputException.class, () -> run(in, out, 1).run(false, p -> {}, 0));
    assertEquals("precious", Files.readString(out));
  }

  @Test
  void jsonLinesWithABadLineInTheMiddle(@TempDir Path dir) throws IOException {
    Path in = dir.resolve("district.jsonl");
    Files.writeString(
        in,
        """
        {"ref":"a","interests":"i like fixing cars","skills":["welding"]}
        {"ref":"b", "interests": oops}

        {"ref":"c","skills":"CPR; first aid","framework":"sacramento-works"}
        {"ref":"d","name":"Jo","interests":"art"}
        """);
    Path out = dir.resolve("out.csv");
    DistrictRun r =
        new DistrictRun(
            new DistrictRun.Options(
                in, ProfileReader.Format.JSONL, out, dir.resolve("errors.csv"), 2, 16, "test"),
            new RowScorer(engine, 2));
    DistrictRun.Summary s = r.run(false, p -> {}, 0);
    assertEquals(4, s.rows());
    assertEquals(2, s.errors());
    List<String> lines = Files.readAllLines(out);
    assertTrue(lines.get(1).startsWith("a,") && lines.get(1).contains(",nccf-2024,"), lines.get(1));
    assertTrue(lines.get(2).endsWith("not a JSON object (malformed JSON)"), lines.get(2));
    assertTrue(
        lines.get(3).startsWith("c,") && lines.get(3).contains("sacramento-works"), lines.get(3));
    assertTrue(
        lines.get(4).startsWith("d,") && lines.get(4).contains("unknown field 'name'"),
        lines.get(4));
    assertEquals(
        List.of(
            "row,line,ref,error",
            "2,2,,not a JSON object (malformed JSON)",
            "4,5,d,\"unknown field 'name'; the fields are ref, interests, skills, framework\""),
        Files.readAllLines(dir.resolve("errors.csv")));
  }

  @Test
  void theCommandStopsWith130AndResumesWith0(@TempDir Path dir) throws IOException {
    Path in = dir.resolve("district.csv");
    Files.writeString(in, districtCsv());
    StringWriter err = new StringWriter();
    String[] base = {in.toString(), "--semantic", "off", "--threads", "2"};
    int first =
        DistrictCommand.execute(
            concat(base, "--stop-after", "200"),
            new PrintWriter(new StringWriter()),
            new PrintWriter(err),
            false,
            false);
    assertEquals(130, first, err.toString());
    assertTrue(err.toString().contains("Run the same command again to resume"), err.toString());
    int second =
        DistrictCommand.execute(
            base, new PrintWriter(new StringWriter()), new PrintWriter(err), false, false);
    assertEquals(0, second, err.toString());
    assertTrue(err.toString().contains("1,000 rows done (5 with errors"), err.toString());
    assertTrue(err.toString().contains("resumed at row 201"), err.toString());
    assertEquals(1001, Files.readAllLines(dir.resolve("district.results.csv")).size());
    assertTrue(Files.exists(dir.resolve("district.results.errors.csv")));
  }

  @Test
  void badArgumentsAreExit2WithAMessage(@TempDir Path dir) {
    StringWriter err = new StringWriter();
    assertEquals(
        2,
        DistrictCommand.execute(
            new String[] {dir.resolve("missing.csv").toString()},
            new PrintWriter(new StringWriter()),
            new PrintWriter(err),
            false,
            false));
    assertTrue(err.toString().contains("no such file"), err.toString());
    assertEquals(
        2,
        DistrictCommand.execute(
            new String[] {"--limit", "x", "a.csv"},
            new PrintWriter(new StringWriter()),
            new PrintWriter(new StringWriter()),
            false,
            false));
  }

  @Test
  void theProgressLineSaysRateAndTimeLeft() {
    String line =
        ProgressDisplay.line(new DistrictRun.Progress(250, 250, 3, 2500, 10_000, 10, false));
    assertTrue(line.contains("25%"), line);
    assertTrue(line.contains("250 rows, 25.0 rows/s"), line);
    assertTrue(line.contains("30s left"), line);
    assertTrue(line.contains("3 errors"), line);
  }

  private static String[] concat(String[] a, String... b) {
    String[] out = new String[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}

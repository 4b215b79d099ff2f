package org.careermatch.evaluation.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.careermatch.engine.semantic.OnnxEmbedder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The embedding model alone: {@code clauses} student-like clauses embedded one call each ({@link
 * #oneByOne}) or in one batched call ({@link #batched}), under ONNX Runtime settings {@code ort}
 * (intra-op threads, spinning, graph optimization). Time per operation = per group of clauses;
 * divide by {@code clauses} for a clause. Run with {@code -t 2} to see the settings under two
 * concurrent callers (the service's case). See evaluation/README.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EmbedBenchmark {
  /**
   * intraOpThreads-spinning-optimization; {@code default} is ONNX Runtime's own default (as
   * langchain4j ran it).
   */
  @Param({"1-nospin-all", "2-nospin-all", "default"})
  public String ort;

  /**
   * How many clauses go in one call of {@link #batched} (a profile has 2-4; 16 is a micro-batch).
   */
  @Param({"4", "16"})
  public int clauses;

  private OnnxEmbedder model;
  private List<List<String>> groups;

  /** Per thread, which group comes next. */
  @State(Scope.Thread)
  public static class Cursor {
    int next;
  }

  @Setup(Level.Trial)
  public void setUp() {
    model = OnnxEmbedder.load(settings(ort));
    List<String> pool = StudentProfiles.clauses(4096, 7);
    groups = new ArrayList<>();
    for (int from = 0; from + clauses <= pool.size(); from += clauses) {
      groups.add(pool.subList(from, from + clauses));
    }
  }

  static OnnxEmbedder.Settings settings(String name) {
    if (name.equals("default")) {
      return new OnnxEmbedder.Settings(0, 0, "all", true, 32, 2);
    }
    String[] p = name.split("-");
    return new OnnxEmbedder.Settings(Integer.parseInt(p[0]), 1, p[2], p[1].equals("spin"), 32, 2);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    model.close();
  }

  @Benchmark
  public Object oneByOne(Cursor c) {
    List<String> g = groups.get(c.next++ % groups.size());
    Object last = null;
    for (String text : g) {
      last = model.embed(text);
    }
    return last;
  }

  @Benchmark
  public List<float[]> batched(Cursor c) {
    return model.embedAll(groups.get(c.next++ % groups.size()));
  }
}

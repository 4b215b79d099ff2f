package org.careermatch.evaluation.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.careermatch.data.DataLoader;
import org.careermatch.data.FrameworkData;
import org.careermatch.engine.Engine;
import org.careermatch.engine.EngineConfig;
import org.careermatch.engine.LearnerProfile;
import org.careermatch.engine.semantic.ForwardingEmbedder;
import org.careermatch.engine.semantic.OnnxEmbedder;
import org.careermatch.engine.semantic.TextEmbedder;

/**
 * Side-by-side timing on a shared, noisy machine: several variants of one operation run in turns of
 * a few hundred milliseconds each (A, B, C, A, B, C...), so that every variant sees the same drift
 * in machine load, and the median and p99 of each variant's operation times are compared as ratios,
 * with the process CPU time per operation (median over turns): on a machine shared by many
 * processes, CPU time per operation is what sets throughput on a dedicated one, while wall times
 * mostly measure the share of the CPU the process got. JMH measures one variant after another,
 * which on a machine whose load changes by the minute compares the load, not the code; this does
 * not replace JMH (which the README's tables also give) but makes the ratios trustworthy.
 *
 * <p>Two CPU columns: the process's CPU per operation, and the CPU of the threads running the
 * operations only ("thread CPU"). They differ by the JVM's own threads, mostly the JIT compiler,
 * which keeps compiling an uncached match for about its first 1,200 calls (a minute here): the
 * warm-up runs the variants in turns for {@code -Dcareermatch.bench.warmup=SECONDS} (default 60)
 * before anything is recorded.
 *
 * <p>{@code SideBySide embed [SECONDS] [THREADS]}: the embedding model on each profile's clauses,
 * one call per clause versus one batched call, with the per-text quantized graph (one and two
 * intra-op threads) and the graph as published. {@code SideBySide match [SECONDS] [THREADS]}: an
 * uncached match (every clause embedded anew) versus the model's own inference on the same clauses,
 * and a words-only match. {@code SideBySide batch [SECONDS] [THREADS]}: groups of 3, 8 and 16
 * clauses one text at a time against one batch through the per-text quantized graph (divide CPU per
 * operation by the group's size for a text).
 */
public final class SideBySide {
  /** One variant: operation {@code i} of the workload. */
  record Variant(String name, IntFunction<Object> op) {}

  private SideBySide() {}

  public static void main(String[] args) throws Exception {
    String suite = args.length > 0 ? args[0] : "embed";
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : 1;
    List<StudentProfiles.Profile> profiles = new ArrayList<>();
    StudentProfiles generator = new StudentProfiles(Long.getLong("careermatch.bench.seed", 11));
    for (int i = 0; i < 20_000; i++) {
      profiles.add(generator.next());
    }
    List<Variant> variants =
        switch (suite) {
          case "embed" -> embedVariants(profiles);
          case "match" -> matchVariants(profiles);
          case "batch" -> batchVariants();
          default ->
              throw new IllegalArgumentException(
                  "unknown suite '" + suite + "' (embed, match or batch)");
        };
    System.out.printf(
        Locale.ROOT,
        "# side by side: %s, %d s, %d thread(s), %d cores, turns of 300 ms%n",
        suite,
        seconds,
        threads,
        Runtime.getRuntime().availableProcessors());
    run(variants, seconds, threads, 300);
  }

  static List<List<String>> clausesOf(List<StudentProfiles.Profile> profiles) {
    List<List<String>> out = new ArrayList<>();
    for (StudentProfiles.Profile p : profiles) {
      List<String> c = new ArrayList<>();
      for (String part :
          p.interests().split("[.;,!?]+|\\s+(?:and|but|or|also|plus|then|while)\\s+")) {
        if (!part.isBlank()) {
          c.add(part.strip());
        }
      }
      out.add(c);
    }
    return out;
  }

  static List<Variant> embedVariants(List<StudentProfiles.Profile> profiles) {
    List<List<String>> clauses = clausesOf(profiles);
    Map<String, OnnxEmbedder> models = new LinkedHashMap<>();
    // minBatch 2: a profile's few clauses go through one batch (the default runs fewer than 8 texts
    // one at a time)
    models.put(
        "per-text intra1", OnnxEmbedder.load(new OnnxEmbedder.Settings(1, 1, "all", false, 32, 2)));
    // the graph as published (a batch shares one quantization scale): what the per-text rewrite
    // costs
    models.put(
        "published intra1",
        OnnxEmbedder.loadAsPublished(new OnnxEmbedder.Settings(1, 1, "all", false, 32, 2)));
    models.put(
        "per-text intra2", OnnxEmbedder.load(new OnnxEmbedder.Settings(2, 1, "all", false, 32, 2)));
    List<Variant> out = new ArrayList<>();
    for (Map.Entry<String, OnnxEmbedder> m : models.entrySet()) {
      OnnxEmbedder model = m.getValue();
      out.add(
          new Variant(
              m.getKey() + " one-by-one",
              i -> {
                Object last = null;
                for (String c : clauses.get(i % clauses.size())) {
                  last = model.embed(c);
                }
                return last;
              }));
      out.add(
          new Variant(
              m.getKey() + " batched", i -> model.embedAll(clauses.get(i % clauses.size()))));
    }
    return out;
  }

  /**
   * Where exact batching pays: groups of 3, 8 and 16 clauses, one text at a time (through the
   * published graph, as the default settings run fewer than 8 texts) against one batch through the
   * per-text quantized graph.
   */
  static List<Variant> batchVariants() {
    List<String> pool = StudentProfiles.clauses(8192, 7);
    OnnxEmbedder oneAtATime =
        OnnxEmbedder.load(new OnnxEmbedder.Settings(1, 1, "all", false, 32, 1_000_000));
    OnnxEmbedder batching = OnnxEmbedder.load(new OnnxEmbedder.Settings(1, 1, "all", false, 32, 2));
    List<Variant> out = new ArrayList<>();
    for (int n : new int[] {3, 8, 16}) {
      out.add(
          new Variant(n + " texts, one at a time", i -> oneAtATime.embedAll(group(pool, i, n))));
      out.add(
          new Variant(n + " texts, one per-text batch", i -> batching.embedAll(group(pool, i, n))));
    }
    return out;
  }

  private static List<String> group(List<String> pool, int i, int n) {
    int from = (int) ((long) i * n % (pool.size() - n));
    return pool.subList(from, from + n);
  }

  /** How many clusters the api's answer in brief lists (its {@code SUMMARY_DETAILED}). */
  static final int BRIEF_LISTED = 5;

  static List<Variant> matchVariants(List<StudentProfiles.Profile> profiles) {
    FrameworkData data = DataLoader.loadDefault();
    OnnxEmbedder model = OnnxEmbedder.load();
    Recording recording = new Recording(model);
    Engine semantic = Engine.create(data, EngineConfig.defaults(), recording, null);
    Engine lexical = Engine.create(data, EngineConfig.defaults());
    List<LearnerProfile> learners =
        profiles.stream().map(StudentProfiles.Profile::toLearnerProfile).toList();
    // what the engine asks the model for, per profile (a match embeds its clauses and its unmatched
    // skills)
    List<List<String>> asked = new ArrayList<>();
    int calls = 0;
    for (LearnerProfile p : learners.subList(0, 2000)) {
      recording.texts.clear();
      recording.calls.set(0);
      semantic.match(p);
      asked.add(List.copyOf(recording.texts));
      calls += recording.calls.get();
    }
    recording.record = false;
    double perProfile = asked.stream().mapToInt(List::size).average().orElse(0);
    System.out.printf(
        Locale.ROOT,
        "# %.2f texts embedded per profile, in %.2f model calls per profile%n",
        perProfile,
        calls / 2000.0);
    int n = asked.size();
    return List.of(
        new Variant("match, meaning uncached", i -> semantic.match(learners.get(i % n))),
        new Variant(
            "match in brief (5 listed), uncached",
            i -> semantic.match(learners.get(i % n), BRIEF_LISTED)),
        new Variant(
            "model alone, same texts, batched",
            i -> {
              List<String> t = asked.get(i % n);
              return t.isEmpty() ? null : model.embedAll(t);
            }),
        new Variant(
            "model alone, same texts, one by one",
            i -> {
              Object last = null;
              for (String t : asked.get(i % n)) {
                last = model.embed(t);
              }
              return last;
            }),
        new Variant("match, words only", i -> lexical.match(learners.get(i % n))),
        new Variant(
            "match in brief, words only", i -> lexical.match(learners.get(i % n), BRIEF_LISTED)));
  }

  /** Records the texts a match asks the model for. */
  static final class Recording extends ForwardingEmbedder {
    final List<String> texts = new ArrayList<>();
    final AtomicInteger calls = new AtomicInteger();
    volatile boolean record = true;

    Recording(TextEmbedder model) {
      super(model);
    }

    @Override
    public float[] embed(String text) {
      if (record) {
        texts.add(text);
        calls.incrementAndGet();
      }
      return model.embed(text);
    }

    @Override
    public List<float[]> embedAll(List<String> t) {
      if (record) {
        texts.addAll(t);
        calls.incrementAndGet();
      }
      return model.embedAll(t);
    }
  }

  static void run(List<Variant> variants, int seconds, int threads, int turnMillis)
      throws InterruptedException {
    // warm-up: every variant in turns (at least 3 each), not recorded
    AtomicInteger next = new AtomicInteger();
    long warmEnd =
        System.nanoTime() + Long.getLong("careermatch.bench.warmup", 60) * 1_000_000_000L;
    for (int w = 0; w < 3 || System.nanoTime() < warmEnd; w++) {
      for (Variant v : variants) {
        turn(v, threads, turnMillis, next, null, new AtomicLong());
      }
    }
    List<List<Long>> times = new ArrayList<>();
    List<List<Double>> cpu = new ArrayList<>();
    List<List<Double>> threadCpu = new ArrayList<>();
    for (int k = 0; k < variants.size(); k++) {
      times.add(new ArrayList<>());
      cpu.add(new ArrayList<>());
      threadCpu.add(new ArrayList<>());
    }
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    while (System.nanoTime() < end) {
      for (int k = 0; k < variants.size(); k++) {
        int before = times.get(k).size();
        long cpuBefore = os.getProcessCpuTime();
        AtomicLong workers = new AtomicLong();
        turn(variants.get(k), threads, turnMillis, next, times.get(k), workers);
        int ops = times.get(k).size() - before;
        if (ops > 0) {
          cpu.get(k).add((os.getProcessCpuTime() - cpuBefore) / 1000.0 / ops);
          threadCpu.get(k).add(workers.get() / 1000.0 / ops);
        }
      }
    }
    double baseMedian = 0;
    double baseP99 = 0;
    double baseCpu = 0;
    double baseThreadCpu = 0;
    System.out.printf(
        Locale.ROOT,
        "%-40s %7s %10s %10s %10s %10s %8s %8s %8s %8s%n",
        "variant",
        "ops",
        "median us",
        "p99 us",
        "CPU us/op",
        "thread CPU",
        "med/1st",
        "p99/1st",
        "CPU/1st",
        "thr/1st");
    for (int k = 0; k < variants.size(); k++) {
      long[] t = times.get(k).stream().mapToLong(Long::longValue).toArray();
      Arrays.sort(t);
      double median = t.length == 0 ? 0 : t[t.length / 2] / 1000.0;
      double p99 =
          t.length == 0
              ? 0
              : t[Math.min(t.length - 1, (int) Math.ceil(t.length * 0.99) - 1)] / 1000.0;
      double[] c = cpu.get(k).stream().mapToDouble(Double::doubleValue).sorted().toArray();
      double cpuMedian = c.length == 0 ? 0 : c[c.length / 2];
      double[] tc = threadCpu.get(k).stream().mapToDouble(Double::doubleValue).sorted().toArray();
      double threadCpuMedian = tc.length == 0 ? 0 : tc[tc.length / 2];
      if (k == 0) {
        baseMedian = median;
        baseP99 = p99;
        baseCpu = cpuMedian;
        baseThreadCpu = threadCpuMedian;
      }
      System.out.printf(
          Locale.ROOT,
          "%-40s %7d %10.1f %10.1f %10.1f %10.1f %8.2f %8.2f %8.2f %8.2f%n",
          variants.get(k).name(),
          t.length,
          median,
          p99,
          cpuMedian,
          threadCpuMedian,
          median / baseMedian,
          p99 / baseP99,
          cpuMedian / baseCpu,
          threadCpuMedian / baseThreadCpu);
    }
  }

  /** One turn of a variant; {@code workers} receives the CPU nanoseconds of its threads. */
  private static void turn(
      Variant v, int threads, int millis, AtomicInteger next, List<Long> times, AtomicLong workers)
      throws InterruptedException {
    long stop = System.nanoTime() + millis * 1_000_000L;
    CountDownLatch done = new CountDownLatch(threads);
    List<List<Long>> local = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      List<Long> mine = new ArrayList<>();
      local.add(mine);
      Thread th =
          new Thread(
              () -> {
                ThreadMXBean mx = ManagementFactory.getThreadMXBean();
                long cpuStart = mx.getCurrentThreadCpuTime();
                try {
                  while (System.nanoTime() < stop) {
                    long s = System.nanoTime();
                    v.op().apply(next.getAndIncrement());
                    mine.add(System.nanoTime() - s);
                  }
                } finally {
                  workers.addAndGet(mx.getCurrentThreadCpuTime() - cpuStart);
                  done.countDown();
                }
              });
      th.start();
    }
    done.await();
    if (times != null) {
      local.forEach(times::addAll);
    }
  }
}

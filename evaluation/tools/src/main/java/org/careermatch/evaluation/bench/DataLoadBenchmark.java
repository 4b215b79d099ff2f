package org.careermatch.evaluation.bench;

import java.util.concurrent.TimeUnit;
import org.careermatch.data.DataLoader;
import org.careermatch.data.FrameworkData;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/** Loading and validating all of index-data, as a service does once at start. */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@Fork(1)
public class DataLoadBenchmark {
  @Benchmark
  public FrameworkData loadAndValidate() {
    return DataLoader.loadDefault();
  }
}

package org.careermatch.evaluation.district;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Scores a file of profiles of any size by streaming it: rows are read one at a time, scored on all
 * cores, and written in input order, with at most {@code window} rows in flight (memory does not
 * grow with the file). Rows that cannot be scored are written to the output with their error (as
 * the api's batch CSV does) and to the errors file with their row and line numbers; the run goes
 * on.
 *
 * <p>Resumable: every second (and at the end, and when interrupted) the output and errors files are
 * flushed to disk and a checkpoint ({@code OUTPUT.progress}) records how many rows are done and the
 * two files' lengths at that point. A new run with the same files truncates both to the
 * checkpoint's lengths (anything written after it, such as half a line when the process was killed,
 * goes) and skips the rows already done; the output is then the same as that of a run never
 * interrupted. The checkpoint also records the input's size and modification time and the settings
 * that change the output, and a run refuses to resume over a different input or settings.
 */
final class DistrictRun {
  /** What a run was asked to do. */
  record Options(
      Path input,
      ProfileReader.Format format,
      Path output,
      Path errors,
      int threads,
      int window,
      String settings) {
    Options {
      Objects.requireNonNull(input, "input");
      Objects.requireNonNull(format, "format");
      Objects.requireNonNull(output, "output");
      Objects.requireNonNull(errors, "errors");
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1 (was " + threads + ")");
      }
      if (window < threads) {
        throw new IllegalArgumentException("window must be at least threads (was " + window + ")");
      }
      Objects.requireNonNull(settings, "settings");
    }

    Path checkpoint() {
      return output.resolveSibling(output.getFileName() + ".progress");
    }
  }

  /** How far a run got. */
  record Progress(
      long rowsDone,
      long rowsThisRun,
      long errors,
      long bytesRead,
      long inputBytes,
      double seconds,
      boolean finished) {}

  /** The run's outcome. */
  record Summary(
      long rows,
      long resumedAt,
      long errors,
      long rowsThisRun,
      double seconds,
      boolean completed) {}

  private static final long CHECKPOINT_NANOS = 1_000_000_000L;

  private final Options options;
  private final RowScorer scorer;
  private final AtomicBoolean stop = new AtomicBoolean();

  DistrictRun(Options options, RowScorer scorer) {
    this.options = Objects.requireNonNull(options, "options");
    this.scorer = Objects.requireNonNull(scorer, "scorer");
  }

  /**
   * Asks the run to stop soon: rows in flight are finished and written, then a checkpoint; {@link
   * #run} returns.
   */
  void stop() {
    stop.set(true);
  }

  /**
   * @param restart start over even when a checkpoint says part of the input is done
   * @param progress told about progress a few times a second (on the run's writer thread)
   * @param stopAfter stop (as {@link #stop()}) once this many rows are done in all; 0 = never
   *     (tests use it)
   */
  Summary run(boolean restart, Consumer<Progress> progress, long stopAfter) throws IOException {
    long inputBytes = Files.size(options.input());
    String identity = identity();
    Checkpoint start = restart ? null : Checkpoint.read(options.checkpoint());
    if (start != null && !start.identity.equals(identity)) {
      throw new ProfileReader.InputException(
          "the checkpoint "
              + options.checkpoint()
              + " is of another input or other"
              + " settings ("
              + start.identity
              + "); start over with --restart or choose another output");
    }
    if (start == null
        && !restart
        && Files.exists(options.output())
        && Files.size(options.output()) > 0) {
      throw new ProfileReader.InputException(
          options.output()
              + " exists and has no checkpoint; start over with "
              + "--restart (it is overwritten) or choose another output");
    }
    long skip = start == null ? 0 : start.rows;
    long errorsBefore = start == null ? 0 : start.errorRows;
    Files.createDirectories(options.output().toAbsolutePath().getParent());
    Files.createDirectories(options.errors().toAbsolutePath().getParent());
    try (FileChannel outChannel = open(options.output(), start == null ? 0 : start.outputBytes);
        FileChannel errChannel = open(options.errors(), start == null ? 0 : start.errorBytes);
        InputStream in = Files.newInputStream(options.input());
        ProfileReader reader = new ProfileReader(in, options.format())) {
      CsvMapper csv =
          CsvMapper.builder()
              .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
              .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
              .build();
      Writer outWriter =
          new OutputStreamWriter(OutputStreamOf.channel(outChannel), StandardCharsets.UTF_8);
      Writer errWriter =
          new OutputStreamWriter(OutputStreamOf.channel(errChannel), StandardCharsets.UTF_8);
      List<String> errColumns = List.of("row", "line", "ref", "error");
      try (SequenceWriter out =
              csv.writerFor(List.class).with(schema(scorer.header())).writeValues(outWriter);
          SequenceWriter err =
              csv.writerFor(List.class).with(schema(errColumns)).writeValues(errWriter)) {
        // the header rows, written as rows: a file is never without its columns, even for an empty
        // input
        if (outChannel.position() == 0) {
          out.write(scorer.header());
        }
        if (errChannel.position() == 0) {
          err.write(errColumns);
        }
        return pipeline(
            reader,
            skip,
            errorsBefore,
            inputBytes,
            identity,
            out,
            err,
            outChannel,
            errChannel,
            progress,
            stopAfter);
      }
    }
  }

  private static CsvSchema schema(List<String> columns) {
    CsvSchema.Builder b = CsvSchema.builder().setUseHeader(false);
    columns.forEach(b::addColumn);
    return b.build();
  }

  private static FileChannel open(Path file, long keep) throws IOException {
    FileChannel c = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    if (c.size() < keep) {
      c.close();
      throw new ProfileReader.InputException(
          file
              + " is shorter than its checkpoint says ("
              + keep
              + " bytes); start over with --restart");
    }
    c.truncate(keep);
    c.position(keep);
    return c;
  }

  /**
   * The input and the settings that change the output; a checkpoint only resumes a run of the same.
   */
  private String identity() throws IOException {
    return "input="
        + options.input().toAbsolutePath().normalize()
        + ";bytes="
        + Files.size(options.input())
        + ";modified="
        + Files.getLastModifiedTime(options.input()).toMillis()
        + ";format="
        + options.format()
        + ";"
        + options.settings();
  }

  private record Done(long number, long line, RowScorer.Scored scored, String ref) {}

  private Summary pipeline(
      ProfileReader reader,
      long skip,
      long errorsBefore,
      long inputBytes,
      String identity,
      SequenceWriter out,
      SequenceWriter err,
      FileChannel outChannel,
      FileChannel errChannel,
      Consumer<Progress> progress,
      long stopAfter)
      throws IOException {
    long started = System.nanoTime();
    Semaphore inFlight = new Semaphore(options.window());
    TreeMap<Long, Done> ready = new TreeMap<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    ExecutorService workers =
        Executors.newFixedThreadPool(
            options.threads(),
            r -> {
              Thread t = new Thread(r, "district-worker");
              t.setDaemon(true);
              return t;
            });
    long next = skip + 1;
    long errorRows = errorsBefore;
    long lastCheckpoint = System.nanoTime();
    long lastProgress = 0;
    boolean endOfInput = false;
    long dispatched = skip;
    try {
      // skip the rows a previous run did (they are read, not scored)
      for (long n = 0; n < skip; n++) {
        if (reader.next() == null) {
          throw new ProfileReader.InputException(
              "the checkpoint says "
                  + skip
                  + " rows are done, but the input has "
                  + n
                  + "; start over with --restart");
        }
      }
      while (true) {
        // hand out rows while there is room and no stop was asked
        while (!endOfInput
            && !stop.get()
            && failure.get() == null
            && (stopAfter == 0 || dispatched < stopAfter)
            && inFlight.tryAcquire()) {
          ProfileReader.Row row = reader.next();
          if (row == null) {
            endOfInput = true;
            inFlight.release();
            break;
          }
          dispatched++;
          workers.execute(
              () -> {
                Done d;
                try {
                  d = new Done(row.number(), row.line(), scorer.score(row), row.ref());
                } catch (RuntimeException | Error e) {
                  failure.compareAndSet(null, e);
                  d = new Done(row.number(), row.line(), null, row.ref());
                }
                synchronized (ready) {
                  ready.put(d.number, d);
                  ready.notifyAll();
                }
              });
        }
        // write what is ready, in order
        List<Done> batch = new ArrayList<>();
        synchronized (ready) {
          while (!ready.isEmpty() && ready.firstKey() == next) {
            batch.add(ready.pollFirstEntry().getValue());
            next++;
          }
          if (batch.isEmpty()) {
            boolean drained = next > dispatched;
            boolean stopping =
                endOfInput
                    || stop.get()
                    || failure.get() != null
                    || (stopAfter > 0 && dispatched >= stopAfter);
            if (drained && stopping) {
              break;
            }
            try {
              ready.wait(50);
            } catch (InterruptedException e) {
              stop.set(true);
            }
          }
        }
        boolean broken = false;
        for (Done d : batch) {
          if (d.scored == null) {
            // a failure of the engine itself: stop before this row, so that a new run does it again
            next = d.number;
            broken = true;
            break;
          }
          out.write(d.scored.cells());
          if (d.scored.error() != null) {
            errorRows++;
            err.write(
                List.of(
                    Long.toString(d.number),
                    Long.toString(d.line),
                    RowScorer.cell(d.ref == null ? "" : d.ref.strip()),
                    RowScorer.cell(d.scored.error())));
          }
          inFlight.release();
        }
        if (broken) {
          break;
        }
        long now = System.nanoTime();
        if (now - lastCheckpoint >= CHECKPOINT_NANOS) {
          checkpoint(next - 1, errorRows, identity, out, err, outChannel, errChannel);
          lastCheckpoint = now;
        }
        if (now - lastProgress >= 200_000_000L) {
          progress.accept(
              new Progress(
                  next - 1,
                  next - 1 - skip,
                  errorRows,
                  reader.bytesRead(),
                  inputBytes,
                  (now - started) / 1e9,
                  false));
          lastProgress = now;
        }
      }
    } finally {
      workers.shutdownNow();
    }
    long done = next - 1;
    checkpoint(done, errorRows, identity, out, err, outChannel, errChannel);
    boolean completed = endOfInput && done == dispatched && failure.get() == null;
    double seconds = (System.nanoTime() - started) / 1e9;
    progress.accept(
        new Progress(done, done - skip, errorRows, reader.bytesRead(), inputBytes, seconds, true));
    if (failure.get() != null) {
      Throwable t = failure.get();
      throw new IllegalStateException("scoring failed at row " + (done + 1) + ": " + t, t);
    }
    return new Summary(done, skip, errorRows, done - skip, seconds, completed);
  }

  private void checkpoint(
      long rows,
      long errorRows,
      String identity,
      SequenceWriter out,
      SequenceWriter err,
      FileChannel outChannel,
      FileChannel errChannel)
      throws IOException {
    out.flush();
    err.flush();
    outChannel.force(false);
    errChannel.force(false);
    new Checkpoint(identity, rows, errorRows, outChannel.position(), errChannel.position())
        .write(options.checkpoint());
  }

  /** What a checkpoint file holds. */
  record Checkpoint(String identity, long rows, long errorRows, long outputBytes, long errorBytes) {
    static Checkpoint read(Path file) throws IOException {
      if (!Files.isRegularFile(file)) {
        return null;
      }
      Properties p = new Properties();
      try (InputStream in = Files.newInputStream(file)) {
        p.load(in);
      }
      try {
        return new Checkpoint(
            p.getProperty("identity"),
            Long.parseLong(p.getProperty("rows")),
            Long.parseLong(p.getProperty("errorRows")),
            Long.parseLong(p.getProperty("outputBytes")),
            Long.parseLong(p.getProperty("errorBytes")));
      } catch (RuntimeException e) {
        throw new ProfileReader.InputException(
            "the checkpoint " + file + " is damaged; start over with --restart");
      }
    }

    void write(Path file) throws IOException {
      Properties p = new Properties();
      p.setProperty("identity", identity);
      p.setProperty("rows", Long.toString(rows));
      p.setProperty("errorRows", Long.toString(errorRows));
      p.setProperty("outputBytes", Long.toString(outputBytes));
      p.setProperty("errorBytes", Long.toString(errorBytes));
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      try (OutputStream o = Files.newOutputStream(tmp)) {
        p.store(o, "careermatch district run: rows done and file lengths at that point");
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
  }

  /** An output stream over a file channel at its position. */
  private static final class OutputStreamOf {
    static OutputStream channel(FileChannel c) {
      return new OutputStream() {
        @Override
        public void write(int b) throws IOException {
          write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(b, off, len);
          while (buf.hasRemaining()) {
            c.write(buf);
          }
        }
      };
    }
  }
}

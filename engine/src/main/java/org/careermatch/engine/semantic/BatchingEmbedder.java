package org.careermatch.engine.semantic;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Micro-batching across concurrent callers: texts asked for within a short window (by any thread) go through the
 * model together, in one {@link TextEmbedder#embedAll} call of at most {@code maxBatch} texts. A caller waits at most
 * the window plus the batch's inference. {@code workers} batches run at once (one per core the model may use).
 *
 * <p>Whether this pays depends on the machine and the load; it is off by default in the service (see the performance
 * notes in the engine README for the measurements). Close it to stop its threads.
 */
public final class BatchingEmbedder implements TextEmbedder, AutoCloseable {
  private final TextEmbedder model;
  private final long windowNanos;
  private final int maxBatch;
  private final LinkedBlockingQueue<Request> queue = new LinkedBlockingQueue<>();
  private final List<Thread> workers = new ArrayList<>();
  private volatile boolean closed;

  private record Request(List<String> texts, CompletableFuture<List<float[]>> result) {}

  /**
   * @param window how long the first text of a batch waits for others (0 = batch only what is already waiting)
   * @param maxBatch at most this many texts per model call (a request with more texts goes alone)
   * @param workers how many batches run through the model at once
   */
  public BatchingEmbedder(TextEmbedder model, Duration window, int maxBatch, int workers) {
    this.model = Objects.requireNonNull(model, "model");
    Objects.requireNonNull(window, "window");
    if (window.isNegative() || window.compareTo(Duration.ofSeconds(1)) > 0) {
      throw new IllegalArgumentException("batching window must be 0..1 s (was " + window + ")");
    }
    if (maxBatch < 1 || maxBatch > 1024) {
      throw new IllegalArgumentException("maxBatch must be 1..1024 (was " + maxBatch + ")");
    }
    if (workers < 1 || workers > 64) {
      throw new IllegalArgumentException("workers must be 1..64 (was " + workers + ")");
    }
    this.windowNanos = window.toNanos();
    this.maxBatch = maxBatch;
    for (int i = 0; i < workers; i++) {
      Thread t = new Thread(this::work, "careermatch-embed-batch-" + i);
      t.setDaemon(true);
      t.start();
      this.workers.add(t);
    }
  }

  @Override
  public String modelId() {
    return model.modelId();
  }

  @Override
  public int dimension() {
    return model.dimension();
  }

  @Override
  public float[] embed(String text) {
    return embedAll(List.of(text)).get(0);
  }

  @Override
  public List<float[]> embedAll(List<String> texts) {
    if (texts.isEmpty()) {
      return List.of();
    }
    for (String text : texts) {
      if (text == null || text.isBlank()) {
        throw new IllegalArgumentException("text to embed must not be blank");
      }
    }
    if (closed) {
      throw new IllegalStateException("the batching embedder is closed");
    }
    Request r = new Request(List.copyOf(texts), new CompletableFuture<>());
    queue.add(r);
    if (closed) {
      drain();
    }
    try {
      return r.result.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the embedding model", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException("the embedding model failed", e.getCause());
    }
  }

  private void work() {
    List<Request> batch = new ArrayList<>();
    while (!closed) {
      try {
        Request first = queue.poll(100, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        batch.clear();
        batch.add(first);
        int size = first.texts.size();
        long deadline = System.nanoTime() + windowNanos;
        while (size < maxBatch) {
          Request next = queue.peek();
          if (next != null && size + next.texts.size() > maxBatch) {
            break;
          }
          long left = deadline - System.nanoTime();
          next = left > 0 ? queue.poll(left, TimeUnit.NANOSECONDS) : queue.poll();
          if (next == null) {
            break;
          }
          batch.add(next);
          size += next.texts.size();
        }
        run(batch, size);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private void run(List<Request> batch, int size) {
    List<String> texts = new ArrayList<>(size);
    for (Request r : batch) {
      texts.addAll(r.texts);
    }
    try {
      List<float[]> vectors = model.embedAll(texts);
      int at = 0;
      for (Request r : batch) {
        r.result.complete(List.copyOf(vectors.subList(at, at + r.texts.size())));
        at += r.texts.size();
      }
    } catch (RuntimeException | Error e) {
      if (batch.size() == 1) {
        batch.get(0).result.completeExceptionally(e);
      } else {
        // one caller's bad text must not fail the others: each request again, alone
        for (Request r : batch) {
          run(List.of(r), r.texts.size());
        }
      }
    }
  }

  /** Stops the workers; requests still waiting fail. */
  @Override
  public void close() {
    closed = true;
    workers.forEach(Thread::interrupt);
    drain();
  }

  private void drain() {
    Request r;
    while ((r = queue.poll()) != null) {
      r.result.completeExceptionally(new IllegalStateException("the batching embedder is closed"));
    }
  }
}

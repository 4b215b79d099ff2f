package org.careermatch.engine.semantic;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.careermatch.data.Checks;

/**
 * The quantized bge-small-en-v1.5 sentence-embedding model (384 dimensions), run in process on the
 * CPU by ONNX Runtime. The model and its tokenizer ship inside a Maven Central jar (langchain4j's
 * bge-small-en-v15-q); nothing is downloaded.
 *
 * <p>The model runs directly through ONNX Runtime's Java API, so that several texts go through it
 * as one padded batch ({@link #embedAll}). One text is tokenized and pooled exactly as
 * langchain4j's {@code OnnxBertBiEncoder} does (the [CLS] vector of the text's first 510 tokens:
 * the tokenizer truncates at the model's 512 positions, so langchain4j's splitting of longer texts
 * into parts never happens), so a text embedded alone gives the vector the previous implementation
 * gave, bit for bit, and the entity vectors computed at build time stay valid.
 *
 * <p>Batching does not change a text's vector. The model is dynamically quantized, and as published
 * its {@code DynamicQuantizeLinear} nodes take one int8 scale for the whole batch, padding
 * positions included, so a batched text's vector moved with its batch-mates (cosine 0.987-0.998 to
 * the vector alone). Batches therefore go through a rewritten graph in which each text is quantized
 * over its own tokens ({@link PerTextQuantization}); a text alone goes through the published graph.
 * Both give the same vectors ({@code OnnxEmbedderTest}: bit for bit here). The rewritten graph has
 * four times the nodes and costs about 1.4x the published one per run, so a batch only pays from
 * about 8 texts ({@link Settings#minBatch()}); fewer texts go through the published graph one at a
 * time. Texts are sorted by length before batching so little padding is added.
 */
public final class OnnxEmbedder implements TextEmbedder, AutoCloseable {
  public static final String MODEL_ID = "bge-small-en-v1.5-q";
  private static final int DIMENSION = 384;
  private static final String MODEL_RESOURCE = "bge-small-en-v1.5-q.onnx";
  private static final String TOKENIZER_RESOURCE = "bge-small-en-v1.5-q-tokenizer.json";

  /**
   * How ONNX Runtime runs the model.
   *
   * @param intraOpThreads threads one inference may use (1 = the calling thread only; 0 = ONNX
   *     Runtime's default, one per physical core)
   * @param interOpThreads threads across independent graph nodes (1 = sequential)
   * @param optimization graph optimization level: {@code none}, {@code basic}, {@code extended} or
   *     {@code all}
   * @param spinning whether idle intra-op threads spin waiting for work (ONNX Runtime's default;
   *     burns CPU that concurrent requests could use)
   * @param maxBatch at most this many texts go through the model in one padded batch
   * @param minBatch fewer texts than this in one {@link #embedAll} call go through the published
   *     graph one at a time; from this many on, through the per-text quantized graph in padded
   *     batches (both give the same vectors; the per-text graph is loaded at the first such call)
   */
  public record Settings(
      int intraOpThreads,
      int interOpThreads,
      String optimization,
      boolean spinning,
      int maxBatch,
      int minBatch) {
    private static final int DEFAULT_MIN_BATCH = 8;

    /**
     * Chosen from side-by-side runs on 2 cores (evaluation/README.md, "Performance"): one intra-op
     * thread; batches from 8 texts (CPU per text against one at a time: 0.95 for 3 texts, 0.91 for
     * 8, 0.92 for 16; below 8 the gain does not pay for loading the per-text graph, about 2 s and
     * its memory).
     */
    public static final Settings DEFAULTS = new Settings(1, 1, "all", false, 32, DEFAULT_MIN_BATCH);

    public Settings {
      if (intraOpThreads < 0 || intraOpThreads > 256) {
        throw new IllegalArgumentException(
            "intraOpThreads must be 0..256 (was " + intraOpThreads + ")");
      }
      if (interOpThreads < 0 || interOpThreads > 256) {
        throw new IllegalArgumentException(
            "interOpThreads must be 0..256 (was " + interOpThreads + ")");
      }
      Objects.requireNonNull(optimization, "optimization");
      optLevel(optimization);
      if (maxBatch < 1 || maxBatch > 1024) {
        throw new IllegalArgumentException("maxBatch must be 1..1024 (was " + maxBatch + ")");
      }
      if (minBatch < 2 || minBatch > 1_000_000) {
        throw new IllegalArgumentException("minBatch must be 2..1000000 (was " + minBatch + ")");
      }
    }

    /** With {@link #DEFAULTS}' {@code minBatch}. */
    public Settings(
        int intraOpThreads,
        int interOpThreads,
        String optimization,
        boolean spinning,
        int maxBatch) {
      this(intraOpThreads, interOpThreads, optimization, spinning, maxBatch, DEFAULT_MIN_BATCH);
    }

    static OrtSession.SessionOptions.OptLevel optLevel(String name) {
      return switch (name) {
        case "none" -> OrtSession.SessionOptions.OptLevel.NO_OPT;
        case "basic" -> OrtSession.SessionOptions.OptLevel.BASIC_OPT;
        case "extended" -> OrtSession.SessionOptions.OptLevel.EXTENDED_OPT;
        case "all" -> OrtSession.SessionOptions.OptLevel.ALL_OPT;
        default ->
            throw new IllegalArgumentException(
                "optimization must be none, basic, extended or all (was '" + name + "')");
      };
    }
  }

  private final OrtEnvironment environment;

  /** The graph as published: for one text at a time. */
  private final OrtSession session;

  private final boolean tokenTypeIds;
  private final HuggingFaceTokenizer tokenizer;
  private final Settings settings;

  /**
   * Whether batches go through the published graph (a text's vector then depends on its
   * batch-mates).
   */
  private final boolean coupledBatches;

  /** The per-text quantized graph, for batches; loaded at the first batch. */
  private volatile OrtSession batchSession;

  private OnnxEmbedder(
      OrtEnvironment environment,
      OrtSession session,
      HuggingFaceTokenizer tokenizer,
      Settings settings,
      boolean coupledBatches)
      throws OrtException {
    this.environment = environment;
    this.session = session;
    this.tokenTypeIds = session.getInputNames().contains("token_type_ids");
    this.tokenizer = tokenizer;
    this.settings = settings;
    this.coupledBatches = coupledBatches;
  }

  /**
   * Loads the model with {@link Settings#DEFAULTS}.
   *
   * @throws SemanticUnavailableException when the model or ONNX Runtime's native library cannot be
   *     loaded here
   */
  public static OnnxEmbedder load() {
    return load(Settings.DEFAULTS);
  }

  /**
   * Loads the model.
   *
   * @throws SemanticUnavailableException when the model or ONNX Runtime's native library cannot be
   *     loaded here
   */
  public static OnnxEmbedder load(Settings settings) {
    return load(settings, false);
  }

  /**
   * Loads the model with batches through the graph as published, without {@link
   * PerTextQuantization}: a text's vector then depends on the other texts of its batch. For
   * measuring what the rewrite costs and changes (benchmarks, tests); never for matching.
   */
  public static OnnxEmbedder loadAsPublished(Settings settings) {
    return load(settings, true);
  }

  private static OnnxEmbedder load(Settings settings, boolean coupledBatches) {
    Objects.requireNonNull(settings, "settings");
    try {
      OrtEnvironment env = OrtEnvironment.getEnvironment();
      OrtSession session = session(env, resource(MODEL_RESOURCE), settings);
      HuggingFaceTokenizer tokenizer;
      try (InputStream in = stream(TOKENIZER_RESOURCE)) {
        // the model's own maximum, said explicitly (the tokenizer warns when it has to assume it)
        tokenizer =
            HuggingFaceTokenizer.newInstance(in, Map.of("padding", "false", "maxLength", "512"));
      }
      return new OnnxEmbedder(env, session, tokenizer, settings, coupledBatches);
    } catch (IOException | OrtException | RuntimeException | LinkageError e) {
      throw new SemanticUnavailableException(
          "cannot load the embedding model " + MODEL_ID + ": " + e, e);
    }
  }

  private static OrtSession session(OrtEnvironment env, byte[] model, Settings settings)
      throws OrtException {
    try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
      options.setIntraOpNumThreads(settings.intraOpThreads());
      options.setInterOpNumThreads(settings.interOpThreads());
      options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
      options.setOptimizationLevel(Settings.optLevel(settings.optimization()));
      options.addConfigEntry("session.intra_op.allow_spinning", settings.spinning() ? "1" : "0");
      options.addConfigEntry("session.inter_op.allow_spinning", settings.spinning() ? "1" : "0");
      return env.createSession(model, options);
    }
  }

  /**
   * The session for batches: the per-text quantized graph (or the published one for {@link
   * #loadAsPublished}).
   */
  private OrtSession batchSession() {
    if (coupledBatches) {
      return session;
    }
    OrtSession s = batchSession;
    if (s == null) {
      synchronized (this) {
        s = batchSession;
        if (s == null) {
          try {
            s =
                session(
                    environment,
                    PerTextQuantization.rewrite(resource(MODEL_RESOURCE)).model(),
                    settings);
          } catch (IOException | OrtException e) {
            throw new IllegalStateException(
                "cannot load the per-text quantized graph of " + MODEL_ID + ": " + e, e);
          }
          batchSession = s;
        }
      }
    }
    return s;
  }

  private static InputStream stream(String name) throws IOException {
    InputStream in = OnnxEmbedder.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IOException(name + " is not on the class path");
    }
    return in;
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = stream(name)) {
      return in.readAllBytes();
    }
  }

  public Settings settings() {
    return settings;
  }

  @Override
  public String modelId() {
    return MODEL_ID;
  }

  @Override
  public int dimension() {
    return DIMENSION;
  }

  @Override
  public float[] embed(String text) {
    return embedAll(List.of(text)).get(0);
  }

  /**
   * The vectors of {@code texts}, in order: each text alone when there are fewer than {@link
   * Settings#minBatch()}, else in padded batches of at most {@link Settings#maxBatch()} texts of
   * similar length through the per-text quantized graph; the same vectors either way. A text is cut
   * at 510 tokens (about 350 words), as langchain4j's tokenizer set-up does.
   */
  @Override
  public List<float[]> embedAll(List<String> texts) {
    Objects.requireNonNull(texts, "texts");
    float[][] out = new float[texts.size()][];
    List<Encoded> encoded = new ArrayList<>(texts.size());
    for (int i = 0; i < texts.size(); i++) {
      String text = Checks.requireNonBlank(texts.get(i), "text to embed");
      List<String> tokens = tokenizer.tokenize(text);
      if (tokens.size() <= 2) {
        throw new IllegalArgumentException(
            "text to embed has no tokens: '" + abbreviate(text) + "'");
      }
      encoded.add(new Encoded(i, encode(tokens.subList(1, tokens.size() - 1))));
    }
    boolean batched = encoded.size() >= settings.minBatch();
    OrtSession model = batched ? batchSession() : session;
    int step = batched ? settings.maxBatch() : 1;
    encoded.sort(Comparator.comparingInt(e -> e.ids.length));
    for (int from = 0; from < encoded.size(); from += step) {
      List<Encoded> batch = encoded.subList(from, Math.min(encoded.size(), from + step));
      float[][] cls = run(model, batch);
      for (int b = 0; b < batch.size(); b++) {
        out[batch.get(b).index] = finish(cls[b]);
      }
    }
    return Arrays.asList(out);
  }

  private static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }

  /** langchain4j's float normalization, then ours (as the previous implementation did both). */
  private static float[] finish(float[] v) {
    if (v.length != DIMENSION) {
      throw new IllegalStateException(
          MODEL_ID + " returned " + v.length + " dimensions, expected " + DIMENSION);
    }
    float sumSquare = 0;
    for (float x : v) {
      sumSquare += x * x;
    }
    float norm = (float) Math.sqrt(sumSquare);
    float[] n = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      n[i] = v[i] / norm;
    }
    return Vectors.normalize(n);
  }

  private record Encoded(int index, long[] ids) {}

  /** The [CLS] output of each text of {@code batch}, padded to the longest. */
  private float[][] run(OrtSession session, List<Encoded> batch) {
    int rows = batch.size();
    int length = 0;
    for (Encoded e : batch) {
      length = Math.max(length, e.ids.length);
    }
    long[] ids = new long[rows * length];
    long[] mask = new long[rows * length];
    for (int b = 0; b < rows; b++) {
      long[] row = batch.get(b).ids;
      System.arraycopy(row, 0, ids, b * length, row.length);
      Arrays.fill(mask, b * length, b * length + row.length, 1L);
    }
    long[] shape = {rows, length};
    try (OnnxTensor idsTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape);
        OnnxTensor maskTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape);
        OnnxTensor typesTensor =
            OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[rows * length]), shape)) {
      Map<String, OnnxTensor> inputs = new HashMap<>();
      inputs.put("input_ids", idsTensor);
      inputs.put("attention_mask", maskTensor);
      if (tokenTypeIds) {
        inputs.put("token_type_ids", typesTensor);
      }
      try (OrtSession.Result result =
          session.run(inputs, Set.of(session.getOutputNames().iterator().next()))) {
        OnnxTensor hidden = (OnnxTensor) result.get(0);
        long[] outShape = hidden.getInfo().getShape();
        if (outShape.length != 3
            || outShape[0] != rows
            || outShape[1] != length
            || outShape[2] != DIMENSION) {
          throw new IllegalStateException(
              MODEL_ID + " returned shape " + Arrays.toString(outShape));
        }
        FloatBuffer values = hidden.getFloatBuffer();
        float[][] cls = new float[rows][DIMENSION];
        for (int b = 0; b < rows; b++) {
          values.get(b * length * DIMENSION, cls[b]);
        }
        return cls;
      }
    } catch (OrtException e) {
      throw new IllegalStateException(MODEL_ID + " failed: " + e.getMessage(), e);
    }
  }

  /**
   * The model's input ids of a text's tokens, as langchain4j builds them: the tokens turned back
   * into text, which is encoded with [CLS] and [SEP] (the joined tokens when the text does not
   * tokenize back to the same tokens).
   */
  private long[] encode(List<String> tokens) {
    String text = tokenizer.buildSentence(tokens);
    List<String> again = new LinkedList<>(tokenizer.tokenize(text));
    again.remove(0);
    again.remove(again.size() - 1);
    Encoding encoding =
        tokenizer.encode(again.equals(tokens) ? text : String.join("", tokens), true, false);
    long[] typeIds = encoding.getTypeIds();
    for (long t : typeIds) {
      if (t != 0) {
        throw new IllegalStateException("a single text encoded with token type " + t);
      }
    }
    return encoding.getIds();
  }

  @Override
  public void close() {
    try {
      session.close();
      OrtSession s = batchSession;
      if (s != null) {
        s.close();
      }
    } catch (OrtException e) {
      throw new IllegalStateException("cannot close the " + MODEL_ID + " session", e);
    } finally {
      tokenizer.close();
    }
  }
}

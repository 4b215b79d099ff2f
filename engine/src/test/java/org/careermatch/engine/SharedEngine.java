package org.careermatch.engine;

import org.careermatch.data.DataLoader;
import org.careermatch.data.FrameworkData;
import org.careermatch.engine.semantic.OnnxEmbedder;

/** Engines over the real data, built once for all tests of this module. */
public final class SharedEngine {
  private static Engine engine;
  private static Engine lexical;
  private static FrameworkData data;

  private SharedEngine() {}

  private static synchronized FrameworkData data() {
    if (data == null) {
      data = DataLoader.loadDefault();
    }
    return data;
  }

  /**
   * The engine as the service runs it by default: words and meaning (the embedding model, built-in
   * vectors).
   */
  public static synchronized Engine get() {
    if (engine == null) {
      engine = Engine.create(data(), EngineConfig.defaults(), OnnxEmbedder.load(), null);
    }
    return engine;
  }

  /** The same data matched by words only. */
  public static synchronized Engine lexical() {
    if (lexical == null) {
      lexical = Engine.create(data(), EngineConfig.defaults());
    }
    return lexical;
  }
}

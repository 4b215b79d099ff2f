package org.careermatch.engine;

import org.careermatch.data.DataLoader;
import org.careermatch.data.FrameworkData;

/** One engine over the real data, built once for all tests of this module. */
public final class SharedEngine {
  private static Engine engine;

  private SharedEngine() {}

  public static synchronized Engine get() {
    if (engine == null) {
      FrameworkData data = DataLoader.loadDefault();
      engine = Engine.create(data, EngineConfig.defaults());
    }
    return engine;
  }
}

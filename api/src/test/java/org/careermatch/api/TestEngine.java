package org.careermatch.api;

import org.careermatch.data.DataLoader;
import org.careermatch.data.FrameworkData;
import org.careermatch.engine.Engine;
import org.careermatch.engine.EngineConfig;

/** The real data and engine, built once per test JVM (about 3 s) and shared by every slice test. */
public final class TestEngine {
  private static volatile Engine engine;

  private TestEngine() {}

  public static Engine engine() {
    Engine e = engine;
    if (e == null) {
      synchronized (TestEngine.class) {
        e = engine;
        if (e == null) {
          FrameworkData data = DataLoader.loadDefault();
          e = Engine.create(data, EngineConfig.defaults());
          engine = e;
        }
      }
    }
    return e;
  }
}

package org.careermatch.engine.interest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.careermatch.data.DataLoader;
import org.careermatch.data.FrameworkData;
import org.careermatch.engine.Engine;
import org.careermatch.engine.EngineConfig;
import org.careermatch.engine.semantic.ForwardingEmbedder;
import org.careermatch.engine.semantic.OnnxEmbedder;
import org.careermatch.engine.semantic.TextEmbedder;
import org.careermatch.engine.semantic.VectorStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The interest cue vectors the build computed are exactly what the model computes for each cue at
 * run time, an engine over the default data embeds nothing at start, and a vector file of other
 * cues is not used.
 */
class BuiltCueVectorsTest {
  static FrameworkData data;
  static OnnxEmbedder model;

  @BeforeAll
  static void load() {
    data = DataLoader.loadDefault();
    model = OnnxEmbedder.load();
  }

  @AfterAll
  static void close() {
    model.close();
  }

  /** Counts every text it is asked to embed. */
  static final class Counting extends ForwardingEmbedder {
    int texts;

    Counting(TextEmbedder model) {
      super(model);
    }

    @Override
    public synchronized float[] embed(String text) {
      texts++;
      return model.embed(text);
    }

    @Override
    public synchronized List<float[]> embedAll(List<String> all) {
      texts += all.size();
      return model.embedAll(all);
    }
  }

  @Test
  void builtVectorsAreWhatTheModelGivesEachCueBitForBit() {
    List<String> cues = InterestReader.cueTexts(data);
    assertTrue(cues.size() > 100, "the default data has its cues (" + cues.size() + ")");
    VectorStore.LoadedTexts loaded = VectorStore.loadCues(cues, model, null);
    assertEquals(VectorStore.Source.BUILT_IN, loaded.source());
    assertEquals(cues.size(), loaded.vectors().size());
    for (int i = 0; i < cues.size(); i++) {
      assertArrayEquals(model.embed(cues.get(i)), loaded.vectors().vector(i), "'" + cues.get(i));
    }
  }

  @Test
  void aBuiltFileOfOtherCuesIsNotUsed() {
    List<String> cues = new ArrayList<>(InterestReader.cueTexts(data));
    cues.set(cues.size() / 2, cues.get(cues.size() / 2) + " and more");
    Counting counting = new Counting(model);
    VectorStore.LoadedTexts loaded = VectorStore.loadCues(cues, counting, null);
    assertEquals(
        VectorStore.Source.COMPUTED, loaded.source(), "stale built-in vectors are not used");
    assertEquals(cues.size(), counting.texts, "every cue computed again");
    int changed = cues.size() / 2;
    assertArrayEquals(model.embed(cues.get(changed)), loaded.vectors().vector(changed));
  }

  @Test
  void anEngineOverTheDefaultDataEmbedsNothingAtStart() {
    Counting counting = new Counting(model);
    Engine engine = Engine.create(data, EngineConfig.defaults(), counting, null);
    assertEquals(0, counting.texts, "nothing embedded while the engine was built");
    assertTrue(
        engine.semantic().detail().contains("interest cue vectors computed at build time"),
        engine.semantic().detail());
  }
}

package org.careermatch.engine.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.careermatch.engine.EngineConfig;
import org.careermatch.engine.LearnerProfile;
import org.careermatch.engine.SharedEngine;
import org.careermatch.engine.index.EntityIndex;
import org.careermatch.engine.semantic.ForwardingEmbedder;
import org.careermatch.engine.semantic.HashEmbedder;
import org.junit.jupiter.api.Test;

/** What the model is given to read for a profile's clauses. */
class MeaningUnitsTest {
  /** Records the texts it is asked to embed. */
  private static final class Recording extends ForwardingEmbedder {
    final List<String> texts = new ArrayList<>();

    Recording(int dimension) {
      super(new HashEmbedder(dimension));
    }

    @Override
    public float[] embed(String text) {
      texts.add(text);
      return model.embed(text);
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
      this.texts.addAll(texts);
      return model.embedAll(texts);
    }
  }

  private List<String> read(String interests, EngineConfig config) {
    EntityIndex index = SharedEngine.get().index();
    Recording model = new Recording(index.vector(0).length);
    UnitExtractor extractor = new UnitExtractor(index, config, model);
    extractor.extract(LearnerProfile.of(interests));
    return model.texts;
  }

  @Test
  void theModelReadsAClauseWithItsTyposCorrected() {
    assertEquals(
        List.of("thinking engineering", "accounting"),
        read("thinking enginering or accounting", EngineConfig.defaults()));
    assertEquals(
        List.of("thinking enginering", "accounting"),
        read(
            "thinking enginering or accounting",
            EngineConfig.defaults().toBuilder().semanticReadsCorrections(false).build()));
  }

  @Test
  void englishWordsAndFillerAreReadAsTyped() {
    assertEquals(
        List.of("outdoors in all kinds of weather"),
        read("maybe outdoors in all kinds of weather", EngineConfig.defaults()));
  }
}

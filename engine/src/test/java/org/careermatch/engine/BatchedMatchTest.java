package org.careermatch.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.careermatch.data.DataLoader;
import org.careermatch.engine.semantic.ForwardingEmbedder;
import org.careermatch.engine.semantic.OnnxEmbedder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A match asks the model once for all its clauses and unmatched skills, and gets the answer it
 * would get asking clause by clause.
 */
class BatchedMatchTest {
  /** Profiles of one to four clauses, with skills the index knows and skills it does not. */
  static final List<LearnerProfile> PROFILES =
      List.of(
          LearnerProfile.of("I like drawing"),
          LearnerProfile.of(
              "i like video games and editing videos, maybe marketing", "Canva", "social media"),
          LearnerProfile.of(
              "I help at my uncle's garage. I like taking things apart to see how they work",
              "power tools",
              "soldering irons"),
          LearnerProfile.of(
              "i want to be a nurse someday, i volunteer at the hospital and i love biology",
              "CPR",
              "first aid",
              "babysitting my cousins"),
          LearnerProfile.of(
              "cooking for my family; planning parties; i like money and math, maybe banking"),
          LearnerProfile.of(
              "idk, maybe something outside with animals but also computers", "Python", "Tableau"));

  /** Counts the calls; asks the model one text at a time when {@code oneByOne} is set. */
  static final class Counting extends ForwardingEmbedder {
    final OnnxEmbedder onnx;
    final AtomicInteger singleCalls = new AtomicInteger();
    final AtomicInteger batchCalls = new AtomicInteger();
    final List<Integer> batchSizes = new ArrayList<>();
    volatile boolean oneByOne;

    Counting(OnnxEmbedder model) {
      super(model);
      this.onnx = model;
    }

    @Override
    public float[] embed(String text) {
      singleCalls.incrementAndGet();
      return model.embed(text);
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
      batchCalls.incrementAndGet();
      batchSizes.add(texts.size());
      return oneByOne ? texts.stream().map(model::embed).toList() : model.embedAll(texts);
    }

    void reset() {
      singleCalls.set(0);
      batchCalls.set(0);
      batchSizes.clear();
    }
  }

  static Counting embedder;
  static Engine engine;

  @BeforeAll
  static void create() {
    // batches from two texts, so that a profile's few texts go through the per-text graph in one
    // batch
    embedder =
        new Counting(OnnxEmbedder.load(new OnnxEmbedder.Settings(1, 1, "all", false, 32, 2)));
    engine = Engine.create(DataLoader.loadDefault(), EngineConfig.defaults(), embedder, null);
  }

  @AfterAll
  static void close() {
    embedder.onnx.close();
  }

  @Test
  void aMatchAsksTheModelOnceForAllItsTexts() {
    for (LearnerProfile p : PROFILES) {
      embedder.oneByOne = false;
      embedder.reset();
      engine.match(p);
      assertEquals(0, embedder.singleCalls.get(), p.interests());
      assertEquals(1, embedder.batchCalls.get(), p.interests());
    }
    embedder.reset();
    engine.match(PROFILES.get(3));
    assertTrue(
        embedder.batchSizes.get(0) >= 3,
        "texts of a profile of three clauses: " + embedder.batchSizes);
  }

  @Test
  void batchedMatchesAreOneByOneMatches() {
    for (LearnerProfile p : PROFILES) {
      embedder.oneByOne = true;
      MatchResult single = engine.match(p);
      embedder.oneByOne = false;
      MatchResult batched = engine.match(p);
      assertEquals(ids(single), ids(batched), p.interests());
      for (int i = 0; i < single.clusters().size(); i++) {
        // the vectors agree within OnnxEmbedderTest's tolerance (bit for bit here), so the scores
        // within rounding
        assertEquals(
            single.clusters().get(i).score(),
            batched.clusters().get(i).score(),
            1e-3,
            p.interests());
      }
    }
  }

  private static List<String> ids(MatchResult r) {
    return r.clusters().stream().map(ClusterMatch::id).toList();
  }
}

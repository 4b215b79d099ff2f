package org.careermatch.engine.semantic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.careermatch.engine.semantic.EntityVectorsTest.CountingEmbedder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Storing, fingerprinting and finding the vectors of texts, with a deterministic stand-in model.
 */
class TextVectorsTest {
  @Test
  void writtenVectorsReadBackBitForBit() throws IOException {
    HashEmbedder model = new HashEmbedder(16);
    List<String> texts = List.of("fix cars", "help people", "draw");
    TextVectors v = TextVectors.compute(texts, model);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    v.write(out);
    TextVectors back = TextVectors.read(new ByteArrayInputStream(out.toByteArray()));
    assertEquals(v.modelId(), back.modelId());
    assertEquals(v.fingerprint(), back.fingerprint());
    assertEquals(3, back.size());
    assertEquals(16, back.dimension());
    for (int i = 0; i < texts.size(); i++) {
      assertArrayEquals(model.embed(texts.get(i)), back.vector(i), "'" + texts.get(i) + "'");
    }
  }

  @Test
  void fingerprintFollowsTheTextsTheirOrderAndTheModel() {
    List<String> a = List.of("fix cars", "help people");
    String print = TextVectors.fingerprint(a, "m");
    assertEquals(print, TextVectors.fingerprint(List.of("fix cars", "help people"), "m"));
    assertNotEquals(print, TextVectors.fingerprint(List.of("fix cars", "help others"), "m"));
    assertNotEquals(print, TextVectors.fingerprint(List.of("help people", "fix cars"), "m"));
    assertNotEquals(print, TextVectors.fingerprint(List.of("fix cars"), "m"));
    assertNotEquals(print, TextVectors.fingerprint(a, "other"));
    TextVectors v = TextVectors.compute(a, new HashEmbedder(8));
    assertTrue(v.matches(a, "hash-8"));
    assertFalse(v.matches(List.of("fix cars", "help others"), "hash-8"));
    assertFalse(v.matches(a, "other-model"));
  }

  @Test
  void aFileThatIsNotATextVectorFileIsRejected() {
    byte[] junk = "hello, this is not a vector file".getBytes(StandardCharsets.UTF_8);
    IOException e =
        assertThrows(IOException.class, () -> TextVectors.read(new ByteArrayInputStream(junk)));
    assertTrue(e.getMessage().contains("not a careermatch text vector file"), e.getMessage());
  }

  @Test
  void aTruncatedFileIsRejected() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TextVectors.compute(List.of("fix cars", "draw"), new HashEmbedder(16)).write(out);
    byte[] cut = Arrays.copyOf(out.toByteArray(), out.size() - 10);
    assertThrows(IOException.class, () -> TextVectors.read(new ByteArrayInputStream(cut)));
  }

  @Test
  void cueVectorsOfOtherTextsAreComputedOnceThenReadFromTheDiskCache(@TempDir Path dir)
      throws IOException {
    CountingEmbedder model = new CountingEmbedder(new HashEmbedder(8));
    List<String> texts = List.of("fix cars", "help people", "draw");
    VectorStore.LoadedTexts first = VectorStore.loadCues(texts, model, dir);
    assertEquals(VectorStore.Source.COMPUTED, first.source());
    assertEquals(3, model.calls.get());
    try (var files = Files.list(dir)) {
      assertEquals(1, files.filter(f -> f.toString().endsWith(".vec")).count());
    }
    VectorStore.LoadedTexts second = VectorStore.loadCues(texts, model, dir);
    assertEquals(VectorStore.Source.DISK_CACHE, second.source());
    assertEquals(3, model.calls.get(), "nothing embedded again");
    assertArrayEquals(first.vectors().vector(2), second.vectors().vector(2));

    VectorStore.LoadedTexts changed =
        VectorStore.loadCues(List.of("fix cars", "help people", "paint"), model, dir);
    assertEquals(
        VectorStore.Source.COMPUTED, changed.source(), "changed cues are not served stale vectors");
    assertArrayEquals(model.embed("paint"), changed.vectors().vector(2));
  }

  @Test
  void anUnreadableCacheFileIsComputedAgainAndReplaced(@TempDir Path dir) throws IOException {
    HashEmbedder model = new HashEmbedder(8);
    List<String> texts = List.of("fix cars");
    VectorStore.loadCues(texts, model, dir);
    Path file;
    try (var files = Files.list(dir)) {
      file = files.filter(f -> f.toString().endsWith(".vec")).findFirst().orElseThrow();
    }
    Files.writeString(file, "garbage");
    assertEquals(VectorStore.Source.COMPUTED, VectorStore.loadCues(texts, model, dir).source());
    assertEquals(VectorStore.Source.DISK_CACHE, VectorStore.loadCues(texts, model, dir).source());
  }
}

package org.careermatch.api.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;
import org.careermatch.api.TestEngine;
import org.careermatch.api.system.ApiException;
import org.careermatch.api.system.CareerMatchProperties;
import org.careermatch.api.system.UnreadableBodyException;
import org.careermatch.api.system.WorkLimits;
import org.careermatch.engine.LearnerProfile;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.MediaType;

/**
 * Property-based fuzzing of profile parsing and the match path, with jqwik's generators: profiles of any text
 * (control characters, every script, near and over the limits) and CSV bodies of any bytes. Invariants: no exception
 * but a 400 problem escapes; every score equals its explanation and every explanation node with children the sum of
 * them; the same profile ranks the same twice. Brief in {@code verify} (a fixed seed, 200 profiles and 300 bodies);
 * as long as you like on demand:
 *
 * <pre>./mvnw -o -pl api -am verify -Dtest='MatchPathFuzzTests' -Dsurefire.failIfNoSpecifiedTests=false \
 *   -Dcareermatch.fuzz.tries=20000 -Dcareermatch.fuzz.seed=42</pre>
 */
class MatchPathFuzzTests {
  private static final int TRIES = Integer.getInteger("careermatch.fuzz.tries", 200);
  private static final long SEED = Long.getLong("careermatch.fuzz.seed", 17L);
  private static final int GEN_SIZE = 1000;

  private final MatchService matches;
  private final BatchCsvConverter csv;

  MatchPathFuzzTests() {
    CareerMatchProperties p = LimitsTests.properties(Map.of());
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    this.matches = new MatchService(TestEngine.engine(), registry, p, new WorkLimits(p, registry));
    this.csv = new BatchCsvConverter(p);
  }

  /** Words the engine knows, mixed with anything at all, so that some profiles match and some do not. */
  private static Arbitrary<String> text(int maxLength) {
    Arbitrary<String> words = Arbitraries.of("animals", "python", "nurse", "cars", "cooking", "money", "law",
        "farming", "robots", "art", "teaching", "welding", "sql", "music", "i love", "and", ",", ".", ";", "\n");
    Arbitrary<String> known = words.list().ofMaxSize(60).map(l -> String.join(" ", l));
    Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(maxLength);
    Arbitrary<String> edge = Arbitraries.of("", " ", "\u0000", "\uFEFF", "\uD800", "e\u0301", "ǅ", "İ", "ß",
        "x".repeat(LearnerProfile.MAX_INTERESTS_LENGTH), "x".repeat(LearnerProfile.MAX_INTERESTS_LENGTH + 1),
        "=cmd|' /C calc'!A0", "<script>alert(1)</script>", "😀".repeat(700));
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(5, known), net.jqwik.api.Tuple.of(3, any),
        net.jqwik.api.Tuple.of(1, edge));
  }

  private static <T> T next(RandomGenerator<T> g, Random random) {
    return g.next(random).value();
  }

  @Test
  void anyProfileIsAnsweredOrRefusedWithA400AndScoresAddUpAndRankingsRepeat() {
    Random random = new Random(SEED);
    RandomGenerator<String> interests = text(2100).generator(GEN_SIZE);
    RandomGenerator<List<String>> skills = text(110).list().ofMaxSize(55).generator(GEN_SIZE);
    RandomGenerator<String> frameworks = Arbitraries.of("nccf-2024", "nccf-2002", "sacramento-works", "", "nope",
        " nccf-2024 ").injectNull(0.2).generator(GEN_SIZE);
    int answered = 0;
    for (int i = 0; i < TRIES; i++) {
      String in = next(interests, random);
      List<String> sk = new ArrayList<>(next(skills, random));
      String fw = next(frameworks, random);
      MatchResponse r;
      try {
        r = matches.match(in, sk, fw, null);
      } catch (ApiException e) {
        assertThat(e.getStatusCode().value()).as("try %d", i).isEqualTo(400);
        continue;
      }
      answered++;
      assertThat(r.clusters()).isNotEmpty();
      for (MatchResponse.ClusterItem c : r.clusters()) {
        assertThat(c.explanation().value()).as("try %d, %s", i, c.id()).isEqualTo(c.score());
        assertAddsUp(c.explanation(), i);
      }
      ProfileKey key = MatchService.key(in, sk, matches.framework(fw).id());
      MatchResponse again = MatchResponses.of(TestEngine.engine().match(
          new LearnerProfile(key.interests(), key.skills(), key.framework())));
      assertThat(again.clusters().stream().map(c -> c.id() + "=" + c.score()).toList()).as("try %d", i)
          .isEqualTo(r.clusters().stream().map(c -> c.id() + "=" + c.score()).toList());
    }
    assertThat(answered).as("profiles answered of %d", TRIES).isGreaterThan(TRIES / 4);
  }

  private static void assertAddsUp(MatchResponse.ExplanationNode node, int attempt) {
    if (node.children() == null || node.children().isEmpty()) {
      return;
    }
    double sum = node.children().stream().mapToDouble(MatchResponse.ExplanationNode::value).sum();
    assertThat(node.value()).as("try %d: %s", attempt, node.description())
        .isCloseTo(sum, org.assertj.core.data.Offset.offset(1e-9 * Math.max(1, Math.abs(sum))));
    node.children().forEach(c -> assertAddsUp(c, attempt));
  }

  @Test
  void anyCsvBodyIsReadOrRefusedAsMalformed() {
    Random random = new Random(SEED + 1);
    Arbitrary<String> cells = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, Arbitraries.of("ref", "interests", "skills", "framework", "s-1", "animals",
            "python;sql", "nccf-2024", "\"", "\"\"", ",", "\n", "\r\n", "\uFEFF", "", " ", "\u0000")),
        net.jqwik.api.Tuple.of(1, Arbitraries.strings().all().ofMaxLength(30)));
    RandomGenerator<String> bodies = cells.list().ofMaxSize(80).map(l -> String.join("", l)).generator(GEN_SIZE);
    RandomGenerator<byte[]> raw = Arbitraries.bytes().array(byte[].class).ofMaxSize(300).generator(GEN_SIZE);
    int read = 0;
    for (int i = 0; i < TRIES + 100; i++) {
      byte[] body = i % 3 == 2 ? next(raw, random) : ("ref,interests,skills\n" + next(bodies, random))
          .getBytes(StandardCharsets.UTF_8);
      try {
        BatchRequest r = (BatchRequest) csv.read(BatchRequest.class, input(body));
        assertThat(r.profiles()).isNotEmpty();
        read++;
      } catch (UnreadableBodyException e) {
        assertThat(e.getMessage()).isNotBlank();
      } catch (ApiException e) {
        assertThat(e.getStatusCode().value()).isEqualTo(413);
      } catch (Exception e) {
        throw new AssertionError("try " + i + ": " + e.getClass().getName(), e);
      }
    }
    assertThat(read).isPositive();
  }

  private static HttpInputMessage input(byte[] body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.parseMediaType("text/csv"));
    return new HttpInputMessage() {
      @Override
      public InputStream getBody() {
        return new ByteArrayInputStream(body);
      }

      @Override
      public HttpHeaders getHeaders() {
        return headers;
      }
    };
  }
}

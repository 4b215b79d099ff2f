package org.careermatch.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careermatch.engine.index.EntityType;
import org.junit.jupiter.api.Test;

class EngineConfigsTest {
  private static final EngineConfig DEFAULTS = EngineConfig.defaults();

  @Test
  void setsANumberByItsComponentName() {
    assertEquals(
        DEFAULTS.withCrossCuttingBoost(0.2),
        EngineConfigs.with(DEFAULTS, "crossCuttingBoost", "0.2"));
    assertEquals(20, EngineConfigs.with(DEFAULTS, "hitsPerInput", "20").hitsPerInput());
    assertEquals(8.5, EngineConfigs.with(DEFAULTS, "scoreScale", " 8.5 ").scoreScale());
    EngineConfig changed = EngineConfigs.with(DEFAULTS, "matchDecay", "0.25");
    assertEquals(0.25, changed.matchDecay());
    assertEquals(DEFAULTS.typoPenalty(), changed.typoPenalty());
    assertEquals(DEFAULTS.typeWeights(), changed.typeWeights());
  }

  @Test
  void setsOneTypeWeightAtATime() {
    EngineConfig c = EngineConfigs.with(DEFAULTS, "typeWeights.program", "0.9");
    assertEquals(0.9, c.weight(EntityType.PROGRAM));
    for (EntityType t : EntityType.values()) {
      if (t != EntityType.PROGRAM) {
        assertEquals(DEFAULTS.weight(t), c.weight(t), t.name());
      }
    }
    assertEquals(
        0.0,
        EngineConfigs.with(DEFAULTS, "typeWeights.PLACE_OF_WORK", "0")
            .weight(EntityType.PLACE_OF_WORK));
  }

  @Test
  void appliesSeveral() {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("crossCuttingBoost", "0.3");
    settings.put("typoPenalty", "0.4");
    EngineConfig c = EngineConfigs.with(DEFAULTS, settings);
    assertEquals(0.3, c.crossCuttingBoost());
    assertEquals(0.4, c.typoPenalty());
  }

  @Test
  void everyComponentIsAKey() {
    for (RecordComponent c : EngineConfig.class.getRecordComponents()) {
      if (Map.class.isAssignableFrom(c.getType())) {
        assertTrue(
            EngineConfigs.keys().stream().anyMatch(k -> k.startsWith(c.getName() + ".")),
            c.getName());
      } else {
        assertTrue(EngineConfigs.keys().contains(c.getName()), c.getName());
      }
    }
    assertTrue(
        EngineConfigs.keys().contains("typeWeights.INTEREST"), EngineConfigs.keys().toString());
    String types =
        String.join(", ", List.of(EntityType.values()).stream().map(Enum::name).toList());
    assertTrue(
        EngineConfigs.describeKeys().contains("typeWeights.KEY (KEY: " + types + ")"),
        EngineConfigs.describeKeys().toString());
  }

  @Test
  void everyKeyTakesBackItsOwnValueSoANewComponentIsSettableEverywhere() {
    // each key set to a value other than the default, then back: the binder reaches every
    // component, whatever it is
    Map<String, String> described = new LinkedHashMap<>();
    for (String pair : EngineConfigs.describe(DEFAULTS).split(", ")) {
      described.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
    }
    assertEquals(EngineConfigs.keys(), List.copyOf(described.keySet()));
    for (Map.Entry<String, String> e : described.entrySet()) {
      assertEquals(DEFAULTS, EngineConfigs.with(DEFAULTS, e.getKey(), e.getValue()), e.getKey());
    }
    assertEquals(DEFAULTS, EngineConfigs.with(DEFAULTS, described));
  }

  @Test
  void badKeysAndValuesSayWhatIsWrong() {
    String unknown = message("crossCutingBoost", "0.2");
    assertTrue(
        unknown.startsWith("unknown engine setting 'crossCutingBoost' (known: crossCuttingBoost, "),
        unknown);
    assertTrue(
        message("scoreScale", "twelve")
            .contains("engine setting scoreScale needs a number (was 'twelve')"));
    assertTrue(
        message("hitsPerInput", "2.5")
            .contains("engine setting hitsPerInput needs an integer (was '2.5')"));
    String range = message("typoPenalty", "2");
    assertTrue(range.contains("typoPenalty must be in [0.0, 1.0] (was 2.0)"), range);
    assertTrue(
        message("typeWeights.FOO", "1")
            .startsWith(
                "unknown EntityType 'FOO' in engine setting 'typeWeights.FOO'"
                    + " (known: [CLUSTER, "));
    assertTrue(
        message("typeWeights", "1")
            .startsWith(
                "set typeWeights one entry at a time, as typeWeights.KEY=value"
                    + " with KEY one of [CLUSTER, "));
    assertTrue(message("scoreScale.x", "1").startsWith("unknown engine setting 'scoreScale.x'"));
    String weight = message("typeWeights.program", "-1");
    assertTrue(weight.contains("typeWeights.PROGRAM must be in [0.0, 100.0] (was -1.0)"), weight);
    assertTrue(message("specificity", "NaN").contains("needs a number (was 'NaN')"));
  }

  private static String message(String key, String value) {
    return assertThrows(
            IllegalArgumentException.class, () -> EngineConfigs.with(DEFAULTS, key, value))
        .getMessage();
  }
}

package org.careermatch.api.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.careermatch.engine.EngineConfig;
import org.careermatch.engine.EngineConfigs;
import org.careermatch.engine.index.EntityType;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class EngineSettingsTests {

  private static EngineConfig bind(Map<String, String> properties) {
    return EngineSettings.from(new Binder(new MapConfigurationPropertySource(properties)));
  }

  @Test
  void withoutPropertiesTheEngineGetsItsDefaults() {
    assertThat(bind(Map.of())).isEqualTo(EngineConfig.defaults());
  }

  @Test
  void eachPropertyOverridesOneSettingAndTheRestKeepTheirDefaults() {
    EngineConfig defaults = EngineConfig.defaults();
    EngineConfig c =
        bind(
            Map.of(
                "careermatch.cross-cutting-boost", "0.35",
                "careermatch.hits-per-input", "7",
                "careermatch.type-weights.program", "0.1",
                "careermatch.type-weights.PLACE_OF_WORK", "0.2"));
    assertThat(c.crossCuttingBoost()).isEqualTo(0.35);
    assertThat(c.hitsPerInput()).isEqualTo(7);
    assertThat(c.weight(EntityType.PROGRAM)).isEqualTo(0.1);
    assertThat(c.weight(EntityType.PLACE_OF_WORK)).isEqualTo(0.2);
    assertThat(c.weight(EntityType.SKILL)).isEqualTo(defaults.weight(EntityType.SKILL));
    assertThat(c.scoreScale()).isEqualTo(defaults.scoreScale());
    assertThat(c.typoPenalty()).isEqualTo(defaults.typoPenalty());
  }

  @Test
  void anOutOfRangeSettingFailsNamingTheProperty() {
    assertThatThrownBy(() -> bind(Map.of("careermatch.typo-penalty", "3")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("careermatch.* (careermatch.typo-penalty)")
        .hasMessageContaining("typoPenalty must be in [0.0, 1.0] (was 3.0)");
    assertThatThrownBy(() -> bind(Map.of("careermatch.type-weights.programme", "0.5")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "unknown EntityType 'programme' in engine setting 'typeWeights.programme'");
    assertThatThrownBy(() -> bind(Map.of("careermatch.hits-per-input", "many")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("engine setting hitsPerInput needs a number (was 'many')");
  }

  @Test
  void everySettingOfTheEnginesBinderIsAProperty() {
    // the same binder as the evaluation command line's --set: each setting, as a property, changes
    // the config
    for (EngineConfigs.Setting s : EngineConfigs.settings()) {
      String property =
          "careermatch."
              + EngineSettings.kebab(s.name())
              + (s.keyed() ? "." + s.keys().get(0) : "");
      String key = s.name() + (s.keyed() ? "." + s.keys().get(0) : "");
      String current =
          EngineConfigs.describe(EngineConfig.defaults()).split(key + "=", 2)[1].split(", ")[0];
      assertThat(bind(Map.of(property, current))).as(property).isEqualTo(EngineConfig.defaults());
    }
  }

  @Test
  void componentNamesBecomeKebabCaseProperties() {
    assertThat(EngineSettings.kebab("crossCuttingMinEvidence"))
        .isEqualTo("cross-cutting-min-evidence");
    assertThat(EngineSettings.kebab("typeWeights")).isEqualTo("type-weights");
  }
}

package org.careermatch.api.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.careermatch.api.system.Settings.Setting;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.util.unit.DataSize;

/**
 * The configuration table of api/README.md lists every {@code careermatch.*} setting the
 * application binds, with the environment variable that sets it and its real default, so the table
 * cannot drift from the code.
 */
class ConfigurationTableTests {
  /** A row of the table: property, environment variable, default, what. */
  record Row(String property, String variable, String defaultValue) {}

  static Map<String, Row> table() throws IOException {
    Map<String, Row> rows = new LinkedHashMap<>();
    for (String line : Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8)) {
      if (!line.startsWith("| `careermatch.")) {
        continue;
      }
      String[] cells = line.split("\\|");
      String property = unquote(cells[1]);
      rows.put(property, new Row(property, unquote(cells[2]), unquote(cells[3])));
    }
    return rows;
  }

  private static String unquote(String cell) {
    return cell.trim().replace("`", "");
  }

  @Test
  void theTableListsEverySettingAndNothingElse() throws IOException {
    TreeSet<String> bound =
        Settings.all().stream().map(Setting::name).collect(Collectors.toCollection(TreeSet::new));
    TreeSet<String> documented = new TreeSet<>(table().keySet());
    assertThat(bound).as("settings the application binds").hasSizeGreaterThan(20);
    TreeSet<String> missing = new TreeSet<>(bound);
    missing.removeAll(documented);
    TreeSet<String> unknown = new TreeSet<>(documented);
    unknown.removeAll(bound);
    assertThat(missing)
        .as("settings missing from the table of api/README.md, section Configuration")
        .isEmpty();
    assertThat(unknown)
        .as("rows of api/README.md for settings the application does not bind")
        .isEmpty();
  }

  @Test
  void eachRowNamesTheEnvironmentVariableAndTheVariableReachesTheSetting() throws IOException {
    Map<String, Row> table = table();
    for (Setting s : Settings.all()) {
      Row row = table.get(s.name());
      assertThat(row).as("row of " + s.name()).isNotNull();
      assertThat(row.variable())
          .as("environment variable of " + s.name())
          .isEqualTo(s.environmentVariable());
      Object sample = sample(s);
      Object bound =
          s.read().apply(Settings.environment(Map.of(row.variable(), sample.toString())));
      assertThat(bound)
          .as(row.variable() + "=" + sample + " sets " + s.name())
          .isNotEqualTo(s.defaultValue());
    }
  }

  @Test
  void eachRowStatesTheRealDefault() throws IOException {
    Map<String, Row> table = table();
    for (Setting s : Settings.all()) {
      String stated = table.get(s.name()).defaultValue();
      if (stated.startsWith("(")) {
        // "(none)", "(embedded data)": nothing is set
        assertThat(
                s.defaultValue() == null
                    || (s.defaultValue() instanceof Collection<?> c && c.isEmpty()))
            .as(s.name() + " has no default, as the table says (it is " + s.defaultValue() + ")")
            .isTrue();
      } else {
        Object parsed =
            s.read()
                .apply(new Binder(new MapConfigurationPropertySource(Map.of(s.name(), stated))));
        assertThat(parsed)
            .as("default of " + s.name() + " in the table")
            .isEqualTo(s.defaultValue());
      }
    }
  }

  /** A valid value that differs from the default. */
  private static Object sample(Setting s) {
    Object d = s.defaultValue();
    Class<?> t = s.type();
    if (t == boolean.class || t == Boolean.class) {
      return !(Boolean) d;
    }
    if (t == int.class || t == Integer.class || t == long.class || t == Long.class) {
      long v = ((Number) d).longValue();
      return v <= 1 ? v + 1 : v / 2;
    }
    if (t == double.class || t == Double.class) {
      double v = ((Number) d).doubleValue();
      return v == 0 ? 0.1 : v / 2;
    }
    if (t == DataSize.class) {
      return DataSize.ofMegabytes(1).equals(d) ? "2MB" : "1MB";
    }
    if (t == Duration.class) {
      return ((Duration) d).plusSeconds(7).toMillis() + "ms";
    }
    if (t == Path.class) {
      return "/tmp/careermatch-settings-test";
    }
    if (t == List.class) {
      return "https://a.example.org,https://b.example.org";
    }
    if (t == String.class) {
      return "settings-test";
    }
    throw new IllegalStateException(
        "no sample value for " + s.name() + " of type " + t.getName() + "; add one here");
  }
}

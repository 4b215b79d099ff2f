package org.careermatch.api.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.careermatch.api.system.Settings.Setting;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.HttpCodeStatusMapper;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.yaml.snakeyaml.Yaml;

/**
 * The Kubernetes manifests in src/main/kubernetes against the application: the container port is
 * the service's port, the probes' paths answer on the running service as the health groups they
 * name, every environment variable is a setting the service binds (and its value binds), and the
 * objects refer to each other by the right names.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability
class KubernetesManifestsTests {
  private static final Path DIR = Path.of("src", "main", "kubernetes");

  /** Variables read by the JVM itself, not by Spring. */
  private static final Set<String> JVM_VARIABLES = Set.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS");

  private static final Map<String, Map<String, Object>> byKind = new LinkedHashMap<>();
  private static final List<Map<String, Object>> patches = new ArrayList<>();
  private static Properties application;

  @Autowired private TestRestTemplate http;

  @Autowired private ObjectMapper json;

  @Autowired private HttpCodeStatusMapper statusMapper;

  @BeforeAll
  static void load() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(DIR)) {
      files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    for (Path f : files) {
      try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
        for (Object doc : new Yaml().loadAll(r)) {
          @SuppressWarnings("unchecked")
          Map<String, Object> m = (Map<String, Object>) doc;
          assertThat(m).as(f + " is a YAML mapping").isNotNull();
          if (f.getParent().endsWith("local-framework")) {
            patches.add(m);
          } else {
            assertThat(byKind.put((String) m.get("kind"), m)).as("one " + m.get("kind")).isNull();
          }
        }
      }
    }
    application = new Properties();
    try (InputStream in =
        Files.newInputStream(Path.of("src", "main", "resources", "application.properties"))) {
      application.load(in);
    }
  }

  @Test
  void theSetIsComplete() {
    assertThat(byKind.keySet())
        .containsExactlyInAnyOrder(
            "ConfigMap",
            "Deployment",
            "Service",
            "PodDisruptionBudget",
            "HorizontalPodAutoscaler",
            "Kustomization");
    assertThat(patches).hasSize(1);
  }

  @Test
  void theContainerPortIsTheServicesPort() {
    Map<String, Object> http = only(list(container(byKind.get("Deployment")), "ports"));
    assertThat(http.get("name")).isEqualTo("http");
    assertThat(String.valueOf(http.get("containerPort")))
        .isEqualTo(application.getProperty("server.port"));
    Map<String, Object> servicePort = only(list(map(byKind.get("Service"), "spec"), "ports"));
    assertThat(servicePort.get("targetPort")).isEqualTo("http");
  }

  @Test
  void theProbesAskTheHealthGroupsTheServiceExposes() throws Exception {
    Map<String, Object> c = container(byKind.get("Deployment"));
    Map<String, String> paths = new LinkedHashMap<>();
    for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
      Map<String, Object> get = map(map(c, probe), "httpGet");
      assertThat(get.get("port")).as(probe + " port").isEqualTo("http");
      paths.put(probe, (String) get.get("path"));
    }
    assertThat(paths.get("livenessProbe")).isEqualTo("/actuator/health/liveness");
    assertThat(paths.get("readinessProbe")).isEqualTo("/actuator/health/readiness");
    for (Map.Entry<String, String> e : paths.entrySet()) {
      ResponseEntity<String> r = http.getForEntity(e.getValue(), String.class);
      assertThat(r.getStatusCode()).as(e.getKey() + " " + e.getValue()).isEqualTo(HttpStatus.OK);
      JsonNode health = json.readTree(r.getBody());
      assertThat(health.get("status").asText()).isEqualTo("UP");
      // a group of the application's own state only: never the model, a cache or the data
      Set<String> components = new HashSet<>();
      health.get("components").fieldNames().forEachRemaining(components::add);
      assertThat(components)
          .as(e.getValue() + " components")
          .isEqualTo(
              Set.of(e.getValue().endsWith("readiness") ? "readinessState" : "livenessState"));
    }
  }

  @Test
  void everyEnvironmentVariableIsASettingOfTheServiceAndItsValueBinds() throws IOException {
    Map<String, Object> variables = new LinkedHashMap<>();
    map(byKind.get("ConfigMap"), "data").forEach((k, v) -> variables.put(k, String.valueOf(v)));
    List<Map<String, Object>> containers =
        new ArrayList<>(List.of(container(byKind.get("Deployment"))));
    patches.forEach(p -> containers.add(container(p)));
    for (Map<String, Object> c : containers) {
      for (Map<String, Object> env : list(c, "env")) {
        variables.put((String) env.get("name"), String.valueOf(env.get("value")));
      }
    }
    assertThat(variables).containsKeys("CAREERMATCH_SHUTDOWN_DRAINTIME", "CAREERMATCH_DATADIR");
    Set<String> careermatch =
        Settings.all().stream().map(Setting::environmentVariable).collect(Collectors.toSet());
    Set<String> spring = springBootVariables();
    for (String name : variables.keySet()) {
      assertThat(
              careermatch.contains(name) || spring.contains(name) || JVM_VARIABLES.contains(name))
          .as(name + " is a setting of the service")
          .isTrue();
    }
    Binder binder = Settings.environment(variables);
    for (Setting s : Settings.all()) {
      s.read().apply(binder); // throws when a value does not convert or is out of range
    }
    assertThat(
            Settings.all().stream()
                .filter(s -> s.name().equals("careermatch.shutdown.drain-time"))
                .findFirst()
                .orElseThrow()
                .read()
                .apply(binder))
        .isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void theGracePeriodCoversTheDrainAndTheRequestsInFlight() {
    Map<String, Object> data = map(byKind.get("ConfigMap"), "data");
    Duration drain =
        DurationStyle.detectAndParse((String) data.get("CAREERMATCH_SHUTDOWN_DRAINTIME"));
    Duration inFlight =
        DurationStyle.detectAndParse((String) data.get("SPRING_LIFECYCLE_TIMEOUTPERSHUTDOWNPHASE"));
    int grace =
        (Integer)
            map(map(map(byKind.get("Deployment"), "spec"), "template"), "spec")
                .get("terminationGracePeriodSeconds");
    assertThat(Duration.ofSeconds(grace)).isGreaterThan(drain.plus(inFlight));
  }

  @Test
  void resourcesAreRequestedAndLimited() {
    Map<String, Object> resources = map(container(byKind.get("Deployment")), "resources");
    for (String kind : List.of("requests", "limits")) {
      assertThat(map(resources, kind)).as(kind).containsKeys("cpu", "memory");
    }
    assertThat(map(resources, "limits").get("memory")).isEqualTo("1536Mi");
  }

  @Test
  void theObjectsReferToTheDeploymentAndItsPods() {
    Map<String, Object> deployment = byKind.get("Deployment");
    String name = (String) map(deployment, "metadata").get("name");
    Map<String, Object> podLabels =
        map(map(map(map(deployment, "spec"), "template"), "metadata"), "labels");
    assertThat(map(map(deployment, "spec"), "selector").get("matchLabels")).isEqualTo(podLabels);
    assertThat(map(map(byKind.get("Service"), "spec"), "selector")).isEqualTo(podLabels);
    assertThat(map(map(byKind.get("PodDisruptionBudget"), "spec"), "selector").get("matchLabels"))
        .isEqualTo(podLabels);
    Map<String, Object> hpa = map(byKind.get("HorizontalPodAutoscaler"), "spec");
    assertThat(map(hpa, "scaleTargetRef"))
        .containsEntry("kind", "Deployment")
        .containsEntry("name", name);
    assertThat(map(only(list(hpa, "metrics")), "resource").get("name")).isEqualTo("cpu");
    Map<String, Object> configMapRef =
        map(only(list(container(deployment), "envFrom")), "configMapRef");
    assertThat(configMapRef.get("name"))
        .isEqualTo(map(byKind.get("ConfigMap"), "metadata").get("name"));
  }

  @Test
  void aReplicaShuttingDownOrDownIsNotReadyOverHttpAndADegradedOneIs() {
    // a custom status mapping replaces Spring Boot's defaults: application.properties states all
    // three
    assertThat(statusMapper.getStatusCode(Status.OUT_OF_SERVICE)).isEqualTo(503);
    assertThat(statusMapper.getStatusCode(Status.DOWN)).isEqualTo(503);
    assertThat(statusMapper.getStatusCode(SemanticHealthIndicator.DEGRADED)).isEqualTo(200);
  }

  /**
   * Environment variables of the Spring Boot properties described in the jars' configuration
   * metadata.
   */
  private Set<String> springBootVariables() throws IOException {
    Set<String> out = new HashSet<>();
    for (URL url :
        Collections.list(
            getClass()
                .getClassLoader()
                .getResources("META-INF/spring-configuration-metadata.json"))) {
      try (InputStream in = url.openStream()) {
        for (JsonNode p : json.readTree(in).path("properties")) {
          String name = p.get("name").asText();
          out.add(name.replace('.', '_').replace("-", "").toUpperCase(java.util.Locale.ROOT));
        }
      }
    }
    assertThat(out).contains("SERVER_PORT");
    return out;
  }

  private static Map<String, Object> container(Map<String, Object> deployment) {
    return only(list(map(map(map(deployment, "spec"), "template"), "spec"), "containers"));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Map<String, Object> m, String key) {
    assertThat(m).as("has " + key).containsKey(key);
    return (Map<String, Object>) m.get(key);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Map<String, Object> m, String key) {
    Object v = m.get(key);
    return v == null ? List.of() : (List<Map<String, Object>>) v;
  }

  private static <T> T only(List<T> list) {
    assertThat(list).hasSize(1);
    return list.get(0);
  }
}

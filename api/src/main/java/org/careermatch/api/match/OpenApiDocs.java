package org.careermatch.api.match;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careermatch.data.Framework;
import org.careermatch.engine.Engine;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The parts of the OpenAPI description that depend on the data or the configuration, or that
 * annotations cannot say: the framework ids as an enum, the largest {@code limit} (the most groups
 * of any framework), the most profiles per batch, that a profile needs interests or skills, and
 * {@code additionalProperties: false} on every request body schema (unknown fields are rejected:
 * {@code spring.jackson.deserialization.fail-on-unknown-properties}).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiDocs {

  @Bean
  OpenApiCustomizer matchLimits(Engine engine, MatchService matches, BatchService batches) {
    List<String> frameworks = engine.data().frameworks().stream().map(Framework::id).toList();
    int maxGroups = matches.maxGroups();
    int maxProfiles = batches.maxProfiles();
    return openApi -> {
      Map<String, Schema> schemas =
          openApi.getComponents() == null ? Map.of() : openApi.getComponents().getSchemas();
      if (schemas == null) {
        return;
      }
      Schema<?> request = schemas.get("MatchRequest");
      if (request != null) {
        frameworkEnum(request, frameworks);
        property(request, "limit").maximum(BigDecimal.valueOf(maxGroups));
        request.anyOf(
            List.of(
                new Schema<>().required(List.of("interests")),
                new Schema<>().required(List.of("skills"))));
      }
      Schema<?> profile = schemas.get("Profile");
      if (profile != null) {
        frameworkEnum(profile, frameworks);
      }
      Schema<?> batch = schemas.get("BatchRequest");
      if (batch != null) {
        property(batch, "profiles").maxItems(maxProfiles);
      }
      openApi
          .getPaths()
          .forEach(
              (path, item) ->
                  item.readOperations()
                      .forEach(
                          op -> {
                            if (path.startsWith("/api/v1/matches")) {
                              limitParameter(op, maxGroups);
                              problems(op, path.endsWith("/batch"));
                            }
                            closeRequestBodies(openApi, op);
                          }));
    };
  }

  @SuppressWarnings("unchecked")
  private static void frameworkEnum(Schema<?> schema, List<String> ids) {
    Schema<String> framework = (Schema<String>) property(schema, "framework");
    framework.setEnum(new ArrayList<>(ids));
  }

  private static Schema<?> property(Schema<?> schema, String name) {
    Schema<?> p = schema.getProperties() == null ? null : schema.getProperties().get(name);
    if (p == null) {
      throw new IllegalStateException(
          "the OpenAPI schema has no property " + name + " to document");
    }
    return p;
  }

  private static void limitParameter(Operation op, int maxGroups) {
    if (op.getParameters() == null) {
      return;
    }
    for (Parameter p : op.getParameters()) {
      if ("limit".equals(p.getName()) && p.getSchema() != null) {
        p.getSchema().minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(maxGroups));
      }
    }
  }

  /** The problems a match or batch answers with, each with an example (the README's table). */
  private static void problems(Operation op, boolean batch) {
    op.getResponses()
        .addApiResponse(
            "400",
            problem(
                "a profile, body or parameter the API refuses",
                Map.of(
                    "invalid-profile",
                    example(
                        400,
                        "invalid-profile",
                        "Invalid profile",
                        "interests are 2412 characters long; at most 2000 are allowed"),
                    "unknown-framework",
                    example(
                        400,
                        "unknown-framework",
                        "Unknown framework",
                        "unknown framework 'nccf-2099'; the frameworks are nccf-2024, nccf-2002, sacramento-works, joco-works"),
                    "malformed-body",
                    example(
                        400,
                        "malformed-body",
                        "Malformed request body",
                        "unknown field 'name'; known fields here: framework, interests, limit, skills"),
                    "invalid-request",
                    example(
                        400,
                        "invalid-request",
                        "Invalid request",
                        "limit must be between 1 and 14 for framework nccf-2024"))));
    op.getResponses()
        .addApiResponse(
            "413",
            problem(
                "too many profiles, or a body over careermatch.max-request-size",
                batch
                    ? Map.of(
                        "batch-too-large",
                        example(
                            413,
                            "batch-too-large",
                            "Batch too large",
                            "a batch holds at most 500 profiles; split it into several requests"),
                        "request-too-large",
                        example(
                            413,
                            "request-too-large",
                            "Request too large",
                            "the request body is larger than this server accepts; send fewer profiles per "
                                + "batch"))
                    : Map.of(
                        "request-too-large",
                        example(
                            413,
                            "request-too-large",
                            "Request too large",
                            "the request body is larger than this server accepts; send fewer profiles per batch"))));
    op.getResponses()
        .addApiResponse(
            "415",
            problem(
                "a Content-Type the endpoint does not read",
                Map.of(
                    "unsupported-media-type",
                    example(
                        415,
                        "unsupported-media-type",
                        "Unsupported media type",
                        "this endpoint accepts a body of type application/json (set the Content-Type header)"))));
  }

  private static ApiResponse problem(String description, Map<String, Example> examples) {
    MediaType media = new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"));
    examples.forEach(media::addExamples);
    return new ApiResponse()
        .description(description)
        .content(new Content().addMediaType("application/problem+json", media));
  }

  private static Example example(int status, String type, String title, String detail) {
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("type", "urn:careermatch:problem:" + type);
    value.put("title", title);
    value.put("status", status);
    value.put("detail", detail);
    return new Example().value(value);
  }

  /** Every object schema a request body reaches gets {@code additionalProperties: false}. */
  private static void closeRequestBodies(OpenAPI openApi, Operation op) {
    if (op.getRequestBody() == null || op.getRequestBody().getContent() == null) {
      return;
    }
    Set<String> seen = new HashSet<>();
    op.getRequestBody()
        .getContent()
        .forEach(
            (type, media) -> {
              if (type.contains("json")) {
                close(openApi.getComponents(), media.getSchema(), seen);
              }
            });
  }

  private static void close(Components components, Schema<?> schema, Set<String> seen) {
    if (schema == null) {
      return;
    }
    if (schema.get$ref() != null) {
      String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
      if (seen.add(name) && components != null && components.getSchemas() != null) {
        close(components, components.getSchemas().get(name), seen);
      }
      return;
    }
    if (schema.getItems() != null) {
      close(components, schema.getItems(), seen);
    }
    if (schema.getProperties() != null && !schema.getProperties().isEmpty()) {
      schema.setAdditionalProperties(Boolean.FALSE);
      schema.getProperties().values().forEach(p -> close(components, p, seen));
    }
  }
}

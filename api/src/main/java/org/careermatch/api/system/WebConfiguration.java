package org.careermatch.api.system;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.micrometer.core.instrument.MeterRegistry;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.handler.AbstractHandlerMapping;

/**
 * HTTP concerns: strict JSON, CORS for the advising app, request size limit, headers, the OpenAPI
 * description.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CareerMatchProperties.class)
class WebConfiguration implements WebMvcConfigurer {
  private final CareerMatchProperties properties;

  WebConfiguration(CareerMatchProperties properties) {
    this.properties = properties;
  }

  @Override
  public void addCorsMappings(CorsRegistry registry) {
    if (!properties.cors().allowedOrigins().isEmpty()) {
      registry
          .addMapping("/api/**")
          .allowedOrigins(properties.cors().allowedOrigins().toArray(String[]::new))
          .allowedMethods("GET", "POST")
          .allowedHeaders("Content-Type", "Accept")
          .maxAge(3600);
    }
  }

  /**
   * Wrong JSON types are errors, not guesses: {@code "skills": "Python"}, {@code "interests": 5} or
   * {@code "limit": "3"} get a 400 naming the field instead of being coerced.
   */
  @Bean
  Jackson2ObjectMapperBuilderCustomizer strictJson() {
    return builder ->
        builder
            .featuresToDisable(
                MapperFeature.ALLOW_COERCION_OF_SCALARS, DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .featuresToEnable(
                DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .postConfigurer(WebConfiguration::noScalarCoercion);
  }

  static void noScalarCoercion(ObjectMapper mapper) {
    mapper
        .coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    mapper
        .coercionConfigFor(LogicalType.Integer)
        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
  }

  @Bean
  FilterRegistrationBean<RequestSizeFilter> requestSizeFilter(ObjectMapper json) {
    FilterRegistrationBean<RequestSizeFilter> r =
        new FilterRegistrationBean<>(
            new RequestSizeFilter(
                properties.maxRequestSize().toBytes(),
                properties.connector().bodyTimeout().toNanos(),
                json));
    r.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return r;
  }

  @Bean
  FilterRegistrationBean<ClientLimitFilter> clientLimitFilter(
      ObjectMapper json, MeterRegistry registry) {
    FilterRegistrationBean<ClientLimitFilter> r =
        new FilterRegistrationBean<>(
            new ClientLimitFilter(properties.connector().maxRequestsPerClient(), json, registry));
    r.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
    return r;
  }

  /**
   * A CORS request from an origin that is not allowed gets a problem, not Spring's plain-text 403.
   */
  @Bean
  static BeanPostProcessor problemCorsProcessor() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof AbstractHandlerMapping mapping) {
          mapping.setCorsProcessor(new ProblemCorsProcessor());
        }
        return bean;
      }
    };
  }

  static final class ProblemCorsProcessor extends DefaultCorsProcessor {
    static final byte[] BODY =
        ("{\"type\":\""
                + ApiException.TYPE_PREFIX
                + "cors-rejected\",\"title\":\"CORS request "
                + "rejected\",\"status\":403,\"detail\":\"this origin, method or header is not allowed to call the API from a "
                + "browser (careermatch.cors.allowed-origins)\"}")
            .getBytes(StandardCharsets.UTF_8);

    @Override
    protected void rejectRequest(ServerHttpResponse response) throws IOException {
      response.setStatusCode(HttpStatus.FORBIDDEN);
      response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
      response.getBody().write(BODY);
      response.flush();
    }
  }

  @Bean
  FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter() {
    FilterRegistrationBean<SecurityHeadersFilter> r =
        new FilterRegistrationBean<>(new SecurityHeadersFilter());
    r.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return r;
  }

  /** Every operation may answer with a problem; the OpenAPI description says so. */
  @Bean
  OpenApiCustomizer problemResponses() {
    return openApi -> {
      Schema<?> problem =
          new ObjectSchema()
              .addProperty(
                  "type", new StringSchema().example(ApiException.TYPE_PREFIX + "invalid-profile"))
              .addProperty("title", new StringSchema())
              .addProperty("status", new IntegerSchema())
              .addProperty("detail", new StringSchema())
              .addProperty("instance", new StringSchema())
              .required(java.util.List.of("type", "title", "status", "detail"));
      openApi.getComponents().addSchemas("Problem", problem);
      Content content =
          new Content()
              .addMediaType(
                  "application/problem+json",
                  new io.swagger.v3.oas.models.media.MediaType()
                      .schema(new Schema<>().$ref("#/components/schemas/Problem")));
      openApi
          .getPaths()
          .values()
          .forEach(
              path ->
                  path.readOperations()
                      .forEach(
                          op ->
                              op.getResponses()
                                  .addApiResponse(
                                      "default",
                                      new ApiResponse()
                                          .description(
                                              "a problem (RFC 9457): 400 invalid profile or "
                                                  + "body, 404, 405, 406, 408 body too slow (careermatch.connector.body-timeout), 413 too large, 415, "
                                                  + "429 too many requests at once (per client: careermatch.connector.max-requests-per-client; "
                                                  + "batches: careermatch.batch.max-concurrent; evaluations: careermatch.evaluation.max-concurrent; "
                                                  + "with Retry-After), 500, 503 busy (the model: careermatch.work.max-concurrent and max-wait; "
                                                  + "with Retry-After) or time-budget-exceeded (careermatch.batch.time-budget, "
                                                  + "careermatch.evaluation.time-budget)")
                                          .content(content))));
    };
  }

  @Bean
  OpenAPI careerMatchOpenApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("careermatch API")
                .version("v1")
                .description(
                    "Matches a learner's interests and skills to the National Career Clusters Framework (2024), "
                        + "the 2002 framework or a local framework, with explanations; browses the taxonomy. Errors are "
                        + "application/problem+json.")
                .license(new License().name("See the careermatch repository")));
  }
}

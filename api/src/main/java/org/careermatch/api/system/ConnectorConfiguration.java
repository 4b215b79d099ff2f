package org.careermatch.api.system;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded Tomcat as the open internet needs it: {@link GuardedHttp11NioProtocol} (a deadline
 * for headers, a way to see a client hang up) and {@link ProblemReportValve} (the container's own
 * errors as problems). The read timeout between two packets is Tomcat's {@code
 * server.tomcat.connection-timeout}.
 */
@Configuration(proxyBeanMethods = false)
class ConnectorConfiguration {

  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> guardedConnector(
      CareerMatchProperties properties) {
    return factory -> {
      factory.setProtocol(GuardedHttp11NioProtocol.class.getName());
      factory.addConnectorCustomizers(
          connector -> {
            if (connector.getProtocolHandler() instanceof GuardedHttp11NioProtocol p) {
              p.setHeaderTimeoutMillis(properties.connector().headerTimeout().toMillis());
            }
            // TRACE goes to Spring MVC (spring.mvc.dispatch-trace-request), which has no TRACE
            // endpoint: a 405 problem
            // instead of Tomcat's empty one; nothing echoes a request
            connector.setAllowTrace(true);
          });
      factory.addContextCustomizers(
          context -> {
            if (context.getParent() instanceof StandardHost host) {
              host.setErrorReportValveClass(ProblemReportValve.class.getName());
              for (Valve v : host.getPipeline().getValves()) {
                if (v instanceof ErrorReportValve && !(v instanceof ProblemReportValve)) {
                  host.getPipeline().removeValve(v);
                }
              }
            }
          });
    };
  }
}

package org.careermatch.api.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The web page at {@code /} (static files under {@code resources/static}) gets a strict
 * Content-Security-Policy: its own scripts, styles, images and API only, nothing inline, no other
 * origin. The page builds everything it shows with textContent, so the policy is a second line of
 * defence against script in learner or server text.
 */
@Configuration(proxyBeanMethods = false)
class PageConfiguration {
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; "
          + "img-src 'self'; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
          + "form-action 'self'; frame-ancestors 'none'";

  @Bean
  FilterRegistrationBean<PageHeadersFilter> pageHeadersFilter() {
    FilterRegistrationBean<PageHeadersFilter> r =
        new FilterRegistrationBean<>(new PageHeadersFilter());
    r.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    return r;
  }

  /** Adds the page's policy to the page's documents ({@code /} and {@code /index.html}) only. */
  static final class PageHeadersFilter extends OncePerRequestFilter {
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
      String path = request.getRequestURI().substring(request.getContextPath().length());
      return !path.equals("/") && !path.isEmpty() && !path.equals("/index.html");
    }

    @Override
    protected void doFilterInternal(
        HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
      response.setHeader("Referrer-Policy", "no-referrer");
      chain.doFilter(request, response);
    }
  }
}

package org.careermatch.api.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Headers on every answer. Answers carry learner text inside JSON or CSV: browsers must not sniff
 * them into anything else ({@code X-Content-Type-Options}), and no cache may keep them ({@code
 * Cache-Control: no-store} on everything under {@code /api/}). No page of the service may be framed
 * ({@code X-Frame-Options} and {@code frame-ancestors}); answers that are not pages get a policy
 * that allows nothing, Swagger UI one that allows its own files only (and the inline styles it
 * sets). The page at {@code /} gets its own stricter policy from {@code
 * org.careermatch.api.web.PageConfiguration}, which runs after this filter.
 */
class SecurityHeadersFilter extends OncePerRequestFilter {
  static final String API_POLICY =
      "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
  static final String SWAGGER_UI_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
          + "img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
          + "form-action 'self'; frame-ancestors 'none'";

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader(
        "Content-Security-Policy", path.startsWith("/swagger-ui") ? SWAGGER_UI_POLICY : API_POLICY);
    if (path.startsWith("/api/")) {
      response.setHeader("Cache-Control", "no-store");
    }
    chain.doFilter(request, response);
  }
}

package org.careermatch.api.system;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/**
 * The application's {@link MessageSource} as {@link ProblemHandler} resolves Spring's problemDetail
 * codes with it (messages.properties): the arguments Spring passes as collections are written for
 * people, media types as {@code application/json or text/csv} and methods as {@code GET, POST},
 * instead of a list's {@code [..., ...]}.
 */
final class ProblemMessages implements MessageSource {
  private final MessageSource messages;

  ProblemMessages(MessageSource messages) {
    if (messages == null) {
      throw new IllegalArgumentException("a message source is required");
    }
    this.messages = messages;
  }

  @Override
  public String getMessage(String code, Object[] args, String defaultMessage, Locale locale) {
    return messages.getMessage(code, readable(args), defaultMessage, locale);
  }

  @Override
  public String getMessage(String code, Object[] args, Locale locale)
      throws NoSuchMessageException {
    return messages.getMessage(code, readable(args), locale);
  }

  @Override
  public String getMessage(MessageSourceResolvable resolvable, Locale locale)
      throws NoSuchMessageException {
    return messages.getMessage(resolvable, locale);
  }

  static Object[] readable(Object[] args) {
    return args == null ? null : Arrays.stream(args).map(ProblemMessages::readable).toArray();
  }

  /** A collection of media types or methods in words; any other argument as it is. */
  static Object readable(Object arg) {
    if (!(arg instanceof Collection<?> c)) {
      return arg;
    }
    if (c.isEmpty()) {
      return "(none)";
    }
    if (c.stream().allMatch(MediaType.class::isInstance)) {
      return c.stream()
          .map(t -> ((MediaType) t).getType() + "/" + ((MediaType) t).getSubtype())
          .distinct()
          .sorted()
          .collect(Collectors.joining(" or "));
    }
    if (c.stream().allMatch(HttpMethod.class::isInstance)) {
      return c.stream()
          .map(m -> ((HttpMethod) m).name())
          .sorted()
          .collect(Collectors.joining(", "));
    }
    return arg;
  }
}

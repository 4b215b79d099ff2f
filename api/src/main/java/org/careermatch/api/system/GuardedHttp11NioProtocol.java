package org.careermatch.api.system;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.coyote.AbstractProcessor;
import org.apache.coyote.Constants;
import org.apache.coyote.Processor;
import org.apache.coyote.Request;
import org.apache.coyote.http11.Http11NioProtocol;
import org.apache.coyote.http11.Http11Processor;
import org.apache.tomcat.util.net.AbstractEndpoint.Handler.SocketState;
import org.apache.tomcat.util.net.SocketWrapperBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tomcat's NIO HTTP/1.1 connector with two additions Tomcat does not have:
 *
 * <ul>
 *   <li>a deadline for a request's line and headers ({@link #setHeaderTimeoutMillis}): Tomcat's
 *       read timeout starts anew with every byte, so a client sending one header byte a second held
 *       its connection for hours. A sweeper closes, once a second, every connection whose request
 *       line and headers have been arriving for longer than the deadline (its processor is parked
 *       on the connection, waiting for more).
 *   <li>a way for the request's own thread to ask whether the client is still there ({@link
 *       #clientGone()}), so that long work stops when its client hangs up. It reads what the client
 *       sent after its request without waiting and gives it back to Tomcat: end of stream or an
 *       error means the client has gone.
 * </ul>
 *
 * <p>Tomcat creates the protocol by class name; {@link ConnectorConfiguration} selects it and sets
 * the deadline.
 */
public final class GuardedHttp11NioProtocol extends Http11NioProtocol {
  private static final Logger log = LoggerFactory.getLogger(GuardedHttp11NioProtocol.class);
  private static final ThreadLocal<SocketWrapperBase<?>> CURRENT = new ThreadLocal<>();

  private volatile long headerTimeoutMillis = 10_000;
  private ScheduledExecutorService sweeper;

  public GuardedHttp11NioProtocol() {
    super();
  }

  public void setHeaderTimeoutMillis(long millis) {
    if (millis <= 0) {
      throw new IllegalArgumentException("header timeout must be > 0 ms (was " + millis + ")");
    }
    this.headerTimeoutMillis = millis;
  }

  public long getHeaderTimeoutMillis() {
    return headerTimeoutMillis;
  }

  /**
   * Whether the client of the request this thread is serving has closed its connection. False when
   * the thread serves no request of this connector (a test's mock request, another thread).
   */
  public static boolean clientGone() {
    SocketWrapperBase<?> socket = CURRENT.get();
    if (socket == null) {
      return false;
    }
    if (socket.isClosed()) {
      return true;
    }
    byte[] one = new byte[1];
    try {
      int n = socket.read(false, one, 0, 1);
      if (n > 0) {
        socket.unRead(ByteBuffer.wrap(one, 0, n));
      }
      return n < 0;
    } catch (IOException e) {
      return true;
    }
  }

  @Override
  protected Processor createProcessor() {
    return new Http11Processor(this, getAdapter()) {
      @Override
      public SocketState service(SocketWrapperBase<?> socketWrapper) throws IOException {
        CURRENT.set(socketWrapper);
        try {
          return super.service(socketWrapper);
        } finally {
          CURRENT.remove();
        }
      }
    };
  }

  @Override
  public void start() throws Exception {
    super.start();
    sweeper =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "careermatch-header-deadline-" + getPort());
              t.setDaemon(true);
              return t;
            });
    sweeper.scheduleWithFixedDelay(this::closeSlowHeaders, 1, 1, TimeUnit.SECONDS);
  }

  @Override
  public void stop() throws Exception {
    if (sweeper != null) {
      sweeper.shutdownNow();
      sweeper = null;
    }
    super.stop();
  }

  /**
   * Closes connections whose request line and headers took longer than the deadline; returns how
   * many.
   */
  int closeSlowHeaders() {
    int closed = 0;
    try {
      long now = System.nanoTime();
      long limit = TimeUnit.MILLISECONDS.toNanos(headerTimeoutMillis);
      for (SocketWrapperBase<?> socket : getEndpoint().getConnections()) {
        if (socket.getCurrentProcessor() instanceof AbstractProcessor p) {
          Request request = p.getRequest();
          long start = request.getStartTimeNanos();
          // a processor parked on its connection between two reads, with a request begun: its line
          // or headers are
          // incomplete (Tomcat ends the stage when it parks it; a finished request is recycled, its
          // start -1)
          int stage = request.getRequestProcessor().getStage();
          if ((stage == Constants.STAGE_PARSE || stage == Constants.STAGE_ENDED)
              && !p.isAsync()
              && start != -1
              && now - start > limit) {
            socket.close();
            closed++;
          }
        }
      }
    } catch (RuntimeException e) {
      // a connection closing under the sweep; the next sweep sees the rest
      log.debug("header deadline sweep: {}", e.getClass().getName());
    }
    if (closed > 0) {
      log.debug("closed {} connections that sent their headers too slowly", closed);
    }
    return closed;
  }
}

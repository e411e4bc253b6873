package cn.energydata.common.problem;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.vertx.VertxInputStream;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A streamed request body ({@code Transfer-Encoding: chunked}, no {@code Content-Length}) that grows past
 * {@code quarkus.http.limits.max-body-size} is answered 413 {@code payload-too-large} problem+json and the
 * connection closed (issue 17). A declared length over the limit never gets here: {@link RequestGuard} refuses it
 * before the body is read.
 * <p>
 * Quarkus REST's own check sits in the input stream below the application and answers with an empty 413. So, for
 * streamed bodies only, that check is moved {@value #BACKSTOP_MARGIN} bytes further out, where it stays as a
 * backstop for any reader that does not count, and the body is counted where the application reads it:
 * <ul>
 * <li>entities read by a {@code MessageBodyReader} (JSON, text, bytes) through {@link Counting}, which fails with
 * {@link PayloadTooLargeException} one byte past the limit;</li>
 * <li>multipart forms by Quarkus REST's multipart parser, which counts against the same limit and throws a 413
 * {@code WebApplicationException} that the mappers answer with the same problem.</li>
 * </ul>
 * The margin only has to exceed what the network layer holds ahead of the reader (a few 8 KiB buffers).
 */
@ApplicationScoped
public class StreamedBodyLimit {

    /** How far beyond the limit Quarkus' own (empty) 413 stays, for streamed bodies. */
    static final long BACKSTOP_MARGIN = 1024 * 1024;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    MemorySize maxBodySize;

    void install(@Observes Router router) {
        // Right after Quarkus' upload-limit handler, which stores the limit for its input stream.
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 1).handler(this::relax);
    }

    void relax(RoutingContext ctx) {
        if (isStreamed(ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH))
                && ctx.get(VertxInputStream.MAX_REQUEST_SIZE_KEY) != null) {
            ctx.put(VertxInputStream.MAX_REQUEST_SIZE_KEY, maxBodySize.asLongValue() + BACKSTOP_MARGIN);
            ctx.addHeadersEndHandler(ignored -> {
                if (ctx.response().getStatusCode() == 413) {
                    // The rest of the body is still arriving: answer, then drop the connection.
                    ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
                }
            });
        }
        ctx.next();
    }

    static boolean isStreamed(String contentLength) {
        return contentLength == null;
    }

    /** Counts a streamed entity as its reader consumes it; requests only, not the REST clients' responses. */
    @Provider
    @ConstrainedTo(RuntimeType.SERVER)
    public static class Counting implements ReaderInterceptor {

        @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
        MemorySize maxBodySize;

        @Override
        public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
            if (isStreamed(context.getHeaders().getFirst(HttpHeaders.CONTENT_LENGTH.toString()))) {
                context.setInputStream(new LimitedInputStream(context.getInputStream(), maxBodySize.asLongValue()));
            }
            return context.proceed();
        }
    }

    /** Fails with {@link PayloadTooLargeException} once more than {@code limit} bytes were read. */
    public static final class LimitedInputStream extends FilterInputStream {

        private final long limit;
        private long read;

        public LimitedInputStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        @Override
        public boolean markSupported() {
            return false; // a reset would count bytes twice
        }

        private void count(long n) throws PayloadTooLargeException {
            read += n;
            if (read > limit) {
                throw new PayloadTooLargeException(limit);
            }
        }
    }
}

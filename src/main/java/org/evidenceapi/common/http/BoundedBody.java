package org.evidenceapi.common.http;

import jakarta.ws.rs.core.Response.Status;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.evidenceapi.common.problem.ProblemException;

/**
 * A streamed request body held to its route's limit while it is read: one byte past it is a 413 problem. For
 * bodies without a Content-Length (chunked), which {@link BodySizeLimit} cannot refuse up front.
 */
public final class BoundedBody extends FilterInputStream {
    private final LargeBodyRoute route;
    private long read;

    public BoundedBody(InputStream body, LargeBodyRoute route) {
        super(body);
        this.route = route;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        counted(skipped);
        return skipped;
    }

    /** Bytes read so far. */
    public long bytesRead() {
        return read;
    }

    private void counted(long n) {
        read += n;
        if (read > route.limit().asLongValue()) {
            throw new ProblemException(Status.REQUEST_ENTITY_TOO_LARGE, route.tooLarge(), null);
        }
    }
}

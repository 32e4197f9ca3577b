package org.polypress.serve;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The body of an HTTP request, or the file part of a form (which Vert.x reads as a stream of its own), read as it
 * arrives, by a thread that may wait (a worker's, never the event loop's). The server hands over one chunk at a time, and the next only once the reader took the last: what
 * is not read yet stays in the network's buffers, so an upload costs a few chunks of memory whatever its size,
 * and a fast client is slowed to the disk's pace.
 */
final class RequestBodyStream extends InputStream {

    /** Chunks asked for ahead of the reader, so the disk and the network work at the same time. */
    private static final int AHEAD = 2;
    private static final Object END = new Object();

    /** Thrown when the client sent nothing for longer than the idle time: it is slow, or gone. */
    static final class Stalled extends IOException {
        Stalled(Duration idle) {
            super("nothing arrived for " + idle.toSeconds() + " s");
        }
    }

    private final ReadStream<Buffer> request;
    private final Duration idle;
    /** Chunks, the end, or what broke the connection, in the order the server saw them. */
    private final BlockingQueue<Object> arrived = new LinkedBlockingQueue<>();
    private Buffer chunk;
    private int position;
    private boolean ended;

    /**
     * @param request a request whose body was not read yet (paused, as Camel hands it over when the route
     *                does not ask for the body to be read), or a form's file part, paused as it began
     * @param idle    longest wait for the next chunk
     */
    RequestBodyStream(ReadStream<Buffer> request, Duration idle) throws IOException {
        this.request = request;
        this.idle = idle;
        try {
            request.handler(arrived::add);
            request.exceptionHandler(arrived::add);
            request.endHandler(end -> arrived.add(END));
        } catch (IllegalStateException gone) {
            throw new IOException("the request ended before its body was read", gone);
        }
        request.fetch(AHEAD);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] into, int offset, int length) throws IOException {
        java.util.Objects.checkFromIndexSize(offset, length, into.length);
        if (length == 0) {
            return 0;
        }
        while (chunk == null || position == chunk.length()) {
            if (ended) {
                return -1;
            }
            Object next;
            try {
                next = arrived.poll(idle.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("interrupted while waiting for the upload");
            }
            if (next == null) {
                throw new Stalled(idle);
            }
            if (next == END) {
                ended = true;
                return -1;
            }
            if (next instanceof Throwable broken) {
                throw new IOException("the connection broke off: " + broken.getMessage(), broken);
            }
            chunk = (Buffer) next;
            position = 0;
            request.fetch(1);
        }
        int n = Math.min(length, chunk.length() - position);
        chunk.getBytes(position, position + n, into, offset);
        position += n;
        return n;
    }
}

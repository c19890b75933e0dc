package io.polycloud.core.internal.signing;

/**
 * The thread's buffer for building a canonical request. Every attempt builds one of 0.5 to 1 KB
 * and needs only its digest; reusing one buffer per thread keeps that kilobyte off the heap.
 * A buffer grown past 16 KB (a very long query) is dropped rather than kept.
 */
public final class CanonicalRequestBuffer {

    private static final int INITIAL = 1024;
    private static final int MAX_RETAINED = 16 * 1024;
    private static final ThreadLocal<StringBuilder> BUFFER = ThreadLocal.withInitial(() -> new StringBuilder(INITIAL));

    private CanonicalRequestBuffer() {
    }

    /**
     * The calling thread's buffer, emptied. Valid until the thread asks again, so a signer must
     * finish with it before calling anything that might.
     *
     * @return the empty buffer
     */
    public static StringBuilder acquire() {
        StringBuilder buffer = BUFFER.get();
        if (buffer.capacity() > MAX_RETAINED) {
            buffer = new StringBuilder(INITIAL);
            BUFFER.set(buffer);
        }
        buffer.setLength(0);
        return buffer;
    }
}

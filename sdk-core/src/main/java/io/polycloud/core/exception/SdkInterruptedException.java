package io.polycloud.core.exception;

/**
 * The calling thread was interrupted before or during a call: before the first attempt (nothing
 * was sent), while an attempt was in flight (the exchange was abandoned), or while waiting to
 * retry. The SDK never retries after an interrupt and leaves the thread's interrupt flag set, so
 * code above the call still sees it:
 *
 * <pre>{@code
 * try {
 *     vpc.startFailoverTestJob(request);
 * } catch (SdkInterruptedException e) {
 *     // Thread.currentThread().isInterrupted() is still true: stop the work this thread does
 *     return;
 * }
 * }</pre>
 */
public final class SdkInterruptedException extends SdkClientException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message  what was interrupted; says so
     * @param cause    the underlying interrupt, may be null
     * @param attempts attempts made, including an abandoned one
     */
    public SdkInterruptedException(String message, Throwable cause, int attempts) {
        super(message, cause, attempts);
    }
}

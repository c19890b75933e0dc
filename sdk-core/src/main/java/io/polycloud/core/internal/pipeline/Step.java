package io.polycloud.core.internal.pipeline;

import io.polycloud.core.exception.SdkException;
import java.time.Duration;

/** What the retry loop does after an attempt: return, throw, or wait and try again. */
sealed interface Step<T> {

    record Done<T>(T value) implements Step<T> {
    }

    record Fail<T>(SdkException exception) implements Step<T> {
    }

    record Retry<T>(Duration delay) implements Step<T> {
    }
}

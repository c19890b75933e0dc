/**
 * An offline, stateful, signature-checking emulator of the Polycloud services
 * ({@link io.polycloud.testing.PolycloudEmulator}), its JUnit 5 extension
 * ({@link io.polycloud.testing.EmulatedClouds}), fault injection ({@link io.polycloud.testing.Fault})
 * and request log ({@link io.polycloud.testing.RecordedCall}).
 */
package io.polycloud.testing;

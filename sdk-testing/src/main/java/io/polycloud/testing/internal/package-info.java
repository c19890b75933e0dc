/**
 * Internal: how the emulator reads requests, routes them and shapes answers. Not part of the
 * public API; may change in any release.
 */
package io.polycloud.testing.internal;

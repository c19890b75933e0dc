/**
 * Internal: the HTTP admin API under {@code /_emulator/} and the JSON seed documents. Not part of
 * the public API.
 */
package io.polycloud.testing.internal.admin;

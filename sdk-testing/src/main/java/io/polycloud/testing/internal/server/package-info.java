/**
 * Internal: the emulator's own HTTP/1.1 server (JDK sockets only): keep-alive, {@code Content-Length}
 * and chunked request bodies, bounded request sizes, and the socket-level effects faults need
 * (delays, dripping, truncation, TCP resets, stalls). A request it cannot parse gets an answer
 * and a closed connection, never a hung socket. Not part of the public API.
 */
package io.polycloud.testing.internal.server;

/**
 * Internal: Polycloud's own JSON reader, tree and writer, so that no runtime path of the published
 * libraries needs Jackson (which clashes with the versions the clouds' official SDKs bring, and
 * weighs more than the rest of a client). Not part of the public API.
 *
 * <ul>
 *   <li>{@link io.polycloud.core.internal.json.JsonReader}: strict RFC 8259 or lenient (the
 *       extensions error bodies need), with size, depth and number-length limits; the grammar is on
 *       that class.</li>
 *   <li>{@link io.polycloud.core.internal.json.JsonValue}: the immutable tree, with member accessors
 *       that read absent and {@code null} alike and say what they found when a type is wrong.</li>
 *   <li>{@link io.polycloud.core.internal.json.JsonWriter}: compact or pretty RFC 8259 output.</li>
 *   <li>{@link io.polycloud.core.internal.json.JsonException}: every failure, with its position.</li>
 * </ul>
 */
package io.polycloud.core.internal.json;

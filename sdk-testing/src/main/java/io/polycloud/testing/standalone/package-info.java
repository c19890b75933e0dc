/**
 * The emulator as a process: {@link io.polycloud.testing.standalone.EmulatorMain}.
 */
package io.polycloud.testing.standalone;

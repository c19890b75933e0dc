package io.polycloud.testing;

import io.polycloud.testing.internal.CloudDialect;
import io.polycloud.testing.internal.ServiceHandler;

/**
 * Where the router sends a request: the operation, the cloud's answer shapes, and the code that
 * serves it.
 *
 * @param operation the operation
 * @param dialect   how the cloud shapes answers
 * @param handler   serves the request: authenticates it, then acts
 */
record Route(EmulatedOperation operation, CloudDialect dialect, ServiceHandler handler) {
}

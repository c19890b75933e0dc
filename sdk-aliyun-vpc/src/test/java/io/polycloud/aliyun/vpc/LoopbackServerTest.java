package io.polycloud.aliyun.vpc;

import io.polycloud.core.testsupport.FakeTime;
import java.net.InetAddress;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A fresh MockWebServer on 127.0.0.1 and a fresh fake clock for every test. */
abstract class LoopbackServerTest {

    final MockWebServer server = new MockWebServer();
    final FakeTime time = new FakeTime();

    @BeforeEach
    void startServer() throws Exception {
        server.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    /** A client with this fixture's keys, pointed at the server, on the fake clock. */
    VpcClient client() {
        return VpcTestClients.client(server, time);
    }
}

package app;

import static app.ConsumerCalls.expectEqual;

import io.polycloud.core.credentials.huawei.HuaweiCredentials;
import io.polycloud.core.exception.ServiceException;
import io.polycloud.core.http.HttpTransport;
import io.polycloud.core.http.HttpTransportSettings;
import io.polycloud.core.http.HttpTransports;
import io.polycloud.huawei.drs.DrsClient;
import io.polycloud.huawei.drs.model.DeleteJobRequest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * With OkHttp present and usable, each way of choosing a transport gives the one chosen: none
 * (OkHttp), {@code httpTransportProvider("jdk")}, {@code -Dpolycloud.http.transport=jdk}, a
 * transport instance. Which client sent a request is read from the emulator's request log:
 * OkHttp adds {@code Accept-Encoding: gzip} to every request, the JDK client never does.
 */
final class TransportChoiceCalls implements ConsumerCalls {

    @Override
    public void run(EmulatorProcess emulator) throws Exception {
        expectEqual("transport with no choice", "okhttp", sentBy(emulator, b -> b));
        expectEqual("transport of httpTransportProvider(\"jdk\")", "jdk", sentBy(emulator, b -> b.httpTransportProvider("jdk")));
        System.setProperty(HttpTransports.TRANSPORT_PROPERTY, "jdk");
        try {
            expectEqual("transport with -D" + HttpTransports.TRANSPORT_PROPERTY + "=jdk", "jdk", sentBy(emulator, b -> b));
        } finally {
            System.clearProperty(HttpTransports.TRANSPORT_PROPERTY);
        }
        try (HttpTransport jdk = HttpTransports.create("jdk", HttpTransportSettings.defaults())) {
            expectEqual("transport of httpTransport(instance)", "jdk", sentBy(emulator, b -> b.httpTransport(jdk)));
        }
    }

    /** Makes one (error) call with a client so configured; which transport sent it. */
    private static String sentBy(EmulatorProcess emulator, UnaryOperator<DrsClient.Builder> choice) throws IOException, InterruptedException {
        admin(emulator, "DELETE");
        try (DrsClient drs = choice.apply(DrsClient.builder().region(EmulatorProcess.HUAWEI_REGION).endpointOverride(emulator.baseUri())
                .credentials(HuaweiCredentials.builder().accessKey(EmulatorProcess.HUAWEI_ACCESS_KEY)
                        .secretKey(EmulatorProcess.HUAWEI_SECRET_KEY).projectId(EmulatorProcess.HUAWEI_PROJECT_ID).build()))
                .build()) {
            drs.deleteJob(DeleteJobRequest.builder().jobId("drs-job-missing").build());
            throw new AssertionError("deleting a missing job succeeded");
        } catch (ServiceException expected) {
            // the request reached the emulator
        }
        String log = admin(emulator, "GET").toLowerCase(Locale.ROOT);
        if (!log.contains("drs-job-missing")) {
            throw new AssertionError("the emulator did not record the call: " + log);
        }
        return log.contains("\"accept-encoding\"") ? "okhttp" : "jdk";
    }

    private static String admin(EmulatorProcess emulator, String method) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(emulator.baseUri() + "/_emulator/requests"))
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        expectEqual(method + " /_emulator/requests", 200, response.statusCode());
        return response.body();
    }
}

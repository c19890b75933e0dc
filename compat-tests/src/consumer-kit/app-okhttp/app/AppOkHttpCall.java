package app;

import static app.ConsumerCalls.expectEqual;

import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The application's own OkHttp (whatever version won on its class path) still works next to
 * Polycloud: a GET of the emulator's admin API, with the API that OkHttp 3, 4 and 5 share.
 */
final class AppOkHttpCall implements ConsumerCalls {

    @Override
    public void run(EmulatorProcess emulator) throws Exception {
        OkHttpClient client = new OkHttpClient();
        try (Response response = client.newCall(new Request.Builder().url(emulator.baseUri() + "/_emulator").build()).execute()) {
            expectEqual("HTTP status of GET /_emulator", 200, response.code());
        } finally {
            client.dispatcher().executorService().shutdown();
            client.connectionPool().evictAll();
        }
    }
}

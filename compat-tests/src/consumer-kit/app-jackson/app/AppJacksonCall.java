package app;

import static app.ConsumerCalls.expectEqual;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * The application's own Jackson (whatever version it declares) reads a JSON answer of the
 * emulator's admin API, next to Polycloud, which brings no Jackson.
 */
final class AppJacksonCall implements ConsumerCalls {

    @Override
    public void run(EmulatorProcess emulator) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(emulator.baseUri() + "/_emulator")).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode document = new ObjectMapper().readTree(response.body());
        expectEqual("GET /_emulator read by Jackson " + new ObjectMapper().version() + " is an object", true, document.isObject());
    }
}

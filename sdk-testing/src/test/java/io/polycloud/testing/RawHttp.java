package io.polycloud.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Sends exactly the bytes a test writes, for requests shaped like the official SDKs' (lower-case
 * header names, {@code +} for a space, chunked empty bodies) that no Polycloud client produces.
 */
final class RawHttp {

    /** An answer: status, headers in order, body. */
    record Response(int status, List<String[]> headers, String body) {
        Optional<String> header(String name) {
            return headers.stream().filter(h -> h[0].equalsIgnoreCase(name)).map(h -> h[1]).findFirst();
        }
    }

    private RawHttp() {
    }

    /**
     * Sends a request.
     *
     * @param port the emulator's port
     * @param head the request line and headers, lines separated by CRLF, without the blank line
     * @param body the body bytes as they go on the wire (already chunk-encoded if chunked)
     */
    static Response send(int port, String head, byte[] body) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write((head + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            String statusLine = line(in);
            int status = Integer.parseInt(statusLine.split(" ")[1]);
            List<String[]> headers = new ArrayList<>();
            int length = 0;
            for (String h = line(in); !h.isEmpty(); h = line(in)) {
                int colon = h.indexOf(':');
                String name = h.substring(0, colon).trim();
                String value = h.substring(colon + 1).trim();
                headers.add(new String[] {name, value});
                if (name.toLowerCase(Locale.ROOT).equals("content-length")) {
                    length = Integer.parseInt(value);
                }
            }
            byte[] bytes = in.readNBytes(length);
            return new Response(status, headers, new String(bytes, StandardCharsets.UTF_8));
        }
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("connection closed mid-line");
            }
            if (c != '\r') {
                line.write(c);
            }
        }
        return line.toString(StandardCharsets.UTF_8);
    }
}

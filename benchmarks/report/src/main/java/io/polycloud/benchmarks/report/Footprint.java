package io.polycloud.benchmarks.report;

/**
 * The runtime dependency closures of one service: Polycloud's service module (its jar,
 * sdk-core and their runtime dependencies; BouncyCastle is optional and not included), as it
 * comes (OkHttp transport) and with {@code sdk-http-okhttp} excluded (JDK transport), and the
 * official SDK's artifact with everything it pulls in.
 *
 * @param service      the service
 * @param polycloud    Polycloud's closure with the OkHttp transport
 * @param polycloudJdk Polycloud's closure with the JDK transport
 * @param official     the official SDK's closure
 */
record Footprint(String service, Closure polycloud, Closure polycloudJdk, Closure official) {

    static Footprint measure(Layout layout, String service) {
        return new Footprint(service, layout.polycloudService(service), layout.polycloudServiceOnJdkTransport(service),
                layout.officialService(service));
    }

    double byteRatio() {
        return (double) polycloud.bytes() / official.bytes();
    }

    double jdkByteRatio() {
        return (double) polycloudJdk.bytes() / official.bytes();
    }
}

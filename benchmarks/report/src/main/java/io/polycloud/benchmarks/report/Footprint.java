package io.polycloud.benchmarks.report;

/**
 * The runtime dependency closures of one service: Polycloud's service module (its jar,
 * sdk-core and their runtime dependencies; BouncyCastle is optional and not included) and the
 * official SDK's artifact with everything it pulls in.
 *
 * @param service   the service
 * @param polycloud Polycloud's closure
 * @param official  the official SDK's closure
 */
record Footprint(String service, Closure polycloud, Closure official) {

    static Footprint measure(Layout layout, String service) {
        return new Footprint(service, layout.polycloudService(service), layout.officialService(service));
    }

    double byteRatio() {
        return (double) polycloud.bytes() / official.bytes();
    }
}

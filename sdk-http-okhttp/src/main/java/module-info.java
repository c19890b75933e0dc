/**
 * The OkHttp 5 transport, found through {@link java.util.ServiceLoader}: on the module path,
 * {@code io.polycloud.core} {@code uses} the provider, so this module is bound whenever it is on
 * the module path; leave it off (and OkHttp with it) to get the JDK transport.
 */
module io.polycloud.http.okhttp {
    requires transitive io.polycloud.core;
    requires okhttp3;
    requires org.slf4j;

    exports io.polycloud.http.okhttp;

    provides io.polycloud.core.http.HttpTransportProvider
            with io.polycloud.http.okhttp.OkHttpTransportProvider;
}

package io.polycloud.core.internal.transport.jdk;

import java.security.SecureRandom;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;

/**
 * The {@link SSLContext} of a cleartext-only JDK client (an {@code http://} endpoint, such as the
 * emulator's): one that can make no TLS connection at all. Without it {@code HttpClient.build()}
 * initialises the platform's default context, loading the JSSE provider and the trust store,
 * about 120 ms of a client's first call here, for a client that never uses TLS. The transport
 * refuses {@code https://} URLs before anything reaches it; should one get through, every TLS
 * operation fails instead of connecting unverified.
 */
final class NoTlsContext extends SSLContext {

    NoTlsContext() {
        super(new Spi(), null, "none");
    }

    private static final class Spi extends SSLContextSpi {

        @Override
        protected void engineInit(KeyManager[] keyManagers, TrustManager[] trustManagers, SecureRandom random) {
            // nothing to set up: no TLS
        }

        @Override
        protected SSLSocketFactory engineGetSocketFactory() {
            throw noTls();
        }

        @Override
        protected SSLServerSocketFactory engineGetServerSocketFactory() {
            throw noTls();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine() {
            throw noTls();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine(String host, int port) {
            throw noTls();
        }

        @Override
        protected SSLSessionContext engineGetServerSessionContext() {
            throw noTls();
        }

        @Override
        protected SSLSessionContext engineGetClientSessionContext() {
            throw noTls();
        }

        @Override
        protected SSLParameters engineGetDefaultSSLParameters() {
            return new SSLParameters();
        }

        @Override
        protected SSLParameters engineGetSupportedSSLParameters() {
            return new SSLParameters();
        }

        private static UnsupportedOperationException noTls() {
            return new UnsupportedOperationException("this HTTP client is cleartext-only (http://) and makes no TLS connections");
        }
    }
}

package io.github.i3dsession.transport.httpclient5;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A TLS context from the JVM's {@code javax.net.ssl.*} properties, made anew for each transport. Not
 * {@link SSLContext#getDefault()}, which reads the properties once per JVM: a transport created after they
 * changed sees the new trust store, as HttpClient's own default context does.
 */
final class SystemTls {
    private SystemTls() {}

    static SSLContext context() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            // Null trust managers: the JDK's default ones, which read javax.net.ssl.trustStore now.
            context.init(keyManagers(), null, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot set up TLS from the javax.net.ssl system properties: " + e, e);
        }
    }

    /** The key managers of {@code javax.net.ssl.keyStore}, for a client certificate; none without it. */
    private static KeyManager[] keyManagers() throws GeneralSecurityException {
        String path = System.getProperty("javax.net.ssl.keyStore");
        if (path == null || path.isBlank() || path.equals("NONE")) {
            return null;
        }
        String type = System.getProperty("javax.net.ssl.keyStoreType", KeyStore.getDefaultType());
        String password = System.getProperty("javax.net.ssl.keyStorePassword");
        char[] secret = password == null ? null : password.toCharArray();
        KeyStore store = KeyStore.getInstance(type);
        try (InputStream in = Files.newInputStream(Paths.get(path))) {
            store.load(in, secret);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the key store named by javax.net.ssl.keyStore: " + path, e);
        }
        KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        factory.init(store, secret);
        return factory.getKeyManagers();
    }
}

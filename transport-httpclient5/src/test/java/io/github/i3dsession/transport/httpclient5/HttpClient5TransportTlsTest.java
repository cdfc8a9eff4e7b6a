package io.github.i3dsession.transport.httpclient5;

import static io.github.i3dsession.transport.httpclient5.HttpClient5TransportAsyncTest.await;
import static io.github.i3dsession.transport.httpclient5.HttpClient5TransportAsyncTest.failureOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.github.i3dsession.api.spi.TransportResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTTPS through the clients the transport creates, sync and async: the JVM's trust store decides, the host name
 * is verified, and the exchange is HTTP/1.1. Certificates are made with the JDK's keytool; the trust store is
 * chosen with the standard {@code javax.net.ssl.trustStore} properties, restored after each test.
 */
class HttpClient5TransportTlsTest {
    private static final String PASSWORD = "changeit";
    private static final List<String> TRUST_PROPERTIES =
            List.of("javax.net.ssl.trustStore", "javax.net.ssl.trustStorePassword", "javax.net.ssl.trustStoreType");

    @TempDir
    static Path dir;

    private static Path forLoopback;
    private static Path forAnotherHost;

    private final List<String> protocols = new CopyOnWriteArrayList<>();
    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "fake-session-server-tls");
        thread.setDaemon(true);
        return thread;
    });
    private final List<String> savedTrust =
            TRUST_PROPERTIES.stream().map(System::getProperty).collect(java.util.stream.Collectors.toList());
    private HttpsServer server;

    @BeforeAll
    static void makeCertificates() throws Exception {
        forLoopback = keyStore("loopback", "IP:127.0.0.1");
        forAnotherHost = keyStore("other", "DNS:other.example");
    }

    @AfterEach
    void tearDown() {
        for (int i = 0; i < TRUST_PROPERTIES.size(); i++) {
            if (savedTrust.get(i) == null) {
                System.clearProperty(TRUST_PROPERTIES.get(i));
            } else {
                System.setProperty(TRUST_PROPERTIES.get(i), savedTrust.get(i));
            }
        }
        if (server != null) {
            server.stop(0);
        }
        executor.shutdownNow();
    }

    @Test
    void aServerTheTrustStoreDoesNotVouchForFailsTheHandshake() throws Exception {
        URI uri = start(forLoopback);

        try (HttpClient5Transport transport = HttpClient5Transport.create()) {
            assertThatThrownBy(() -> transport.send(Requests.getUser(uri).build()))
                    .isInstanceOf(SSLException.class);
            assertThat(failureOf(transport.sendAsync(Requests.getUser(uri).build())))
                    .isInstanceOf(SSLException.class);
        }
        assertThat(protocols).isEmpty();
    }

    @Test
    void aTrustedServerIsReachedOverHttp11SyncAndAsync() throws Exception {
        URI uri = start(forLoopback);
        trust(forLoopback);

        try (HttpClient5Transport transport = HttpClient5Transport.create()) {
            try (TransportResponse response =
                    transport.send(Requests.getUser(uri).build())) {
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(new String(response.body().readAllBytes(), StandardCharsets.UTF_8))
                        .isEqualTo("{}");
            }
            try (TransportResponse response =
                    await(transport.sendAsync(Requests.getUser(uri).build()))) {
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(new String(response.body().readAllBytes(), StandardCharsets.UTF_8))
                        .isEqualTo("{}");
            }
        }
        assertThat(protocols).containsExactly("HTTP/1.1", "HTTP/1.1");
    }

    @Test
    void aTrustedCertificateForAnotherHostIsRejectedSyncAndAsync() throws Exception {
        URI uri = start(forAnotherHost);
        trust(forAnotherHost);

        try (HttpClient5Transport transport = HttpClient5Transport.create()) {
            assertThatThrownBy(() -> transport.send(Requests.getUser(uri).build()))
                    .isInstanceOf(SSLException.class);
            assertThat(failureOf(transport.sendAsync(Requests.getUser(uri).build())))
                    .isInstanceOf(SSLException.class);
        }
        assertThat(protocols).isEmpty();
    }

    private URI start(Path keyStore) throws Exception {
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.setHttpsConfigurator(new HttpsConfigurator(serverContext(keyStore)));
        server.createContext("/", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                body.readAllBytes();
            }
            protocols.add(exchange.getProtocol());
            byte[] json = "{}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, json.length);
            exchange.getResponseBody().write(json);
            exchange.close();
        });
        server.setExecutor(executor);
        server.start();
        return URI.create("https://127.0.0.1:" + server.getAddress().getPort());
    }

    private static void trust(Path keyStore) {
        System.setProperty("javax.net.ssl.trustStore", keyStore.toString());
        System.setProperty("javax.net.ssl.trustStorePassword", PASSWORD);
        System.setProperty("javax.net.ssl.trustStoreType", "PKCS12");
    }

    private static SSLContext serverContext(Path keyStore) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = java.nio.file.Files.newInputStream(keyStore)) {
            store.load(in, PASSWORD.toCharArray());
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, PASSWORD.toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        return context;
    }

    /** A PKCS12 key store holding one self-signed certificate, usable as key store and as trust store. */
    private static Path keyStore(String name, String subjectAlternativeName) throws IOException, InterruptedException {
        Path file = dir.resolve(name + ".p12");
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process process = new ProcessBuilder(
                        keytool.toString(),
                        "-genkeypair",
                        "-alias",
                        name,
                        "-keyalg",
                        "EC",
                        "-groupname",
                        "secp256r1",
                        "-dname",
                        "CN=" + name,
                        "-ext",
                        "SAN=" + subjectAlternativeName,
                        "-validity",
                        "2",
                        "-keystore",
                        file.toString(),
                        "-storetype",
                        "PKCS12",
                        "-storepass",
                        PASSWORD,
                        "-keypass",
                        PASSWORD)
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("keytool failed: " + output);
        }
        return file;
    }
}

package io.github.i3dsession.testkit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A private certificate authority made when a test runs, so that no private key is ever committed: a CA, a
 * server certificate for {@code 127.0.0.1} and {@code localhost}, and a client certificate, with TLS contexts
 * for both ends. Immutable and thread-safe.
 *
 * <pre>{@code
 * TestPki pki = TestPki.create();
 * try (FakeSessionServer server = FakeSessionServer.builder()
 *                 .https(pki.serverContext())
 *                 .requireClientCertificates()
 *                 .start();
 *         SessionClient client = SessionClient.builder()
 *                 .baseUri(server.baseUri())
 *                 .sslContext(pki.clientContext())
 *                 .build()) {
 *     ...
 * }
 * }</pre>
 *
 * <p>Needs BouncyCastle ({@code org.bouncycastle:bcpkix-jdk18on}) on the test class path: the testkit declares
 * it optional, so that projects that do not use this class do not get it. Keys are EC P-256, certificates valid
 * from an hour ago for two days.
 */
public final class TestPki {
    private static final char[] PASSWORD = "test-only".toCharArray();
    private static final AtomicLong SERIALS = new AtomicLong(System.currentTimeMillis());

    private final KeyPair caKeys;
    private final X509Certificate caCertificate;
    private final KeyStore serverKeys;
    private final KeyStore clientKeys;
    private final KeyStore trustStore;

    private TestPki(String name) throws GeneralSecurityException {
        this.caKeys = newKeyPair();
        X500Name caName = new X500Name("CN=" + name + " CA");
        this.caCertificate = sign(caName, caKeys, caName, caKeys.getPrivate(), true, null, null);
        this.serverKeys = keyStore(issue("CN=127.0.0.1", server(), sans("127.0.0.1", "localhost")));
        this.clientKeys = keyStore(issue("CN=" + name + " client", KeyPurposeId.id_kp_clientAuth, null));
        this.trustStore = KeyStore.getInstance("PKCS12");
        try {
            trustStore.load(null, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        trustStore.setCertificateEntry("ca", caCertificate);
    }

    /**
     * Makes a new CA with its server and client certificates.
     *
     * @return the PKI
     * @throws IllegalStateException if the JDK cannot make EC keys or sign with them
     */
    public static TestPki create() {
        return create("i3d-session test");
    }

    /**
     * Makes a new CA whose names start with {@code name}; two PKIs never trust each other.
     *
     * @param name a short name, such as {@code "other"}
     * @return the PKI
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalStateException if the JDK cannot make EC keys or sign with them
     */
    public static TestPki create(String name) {
        Objects.requireNonNull(name, "name");
        try {
            return new TestPki(name);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot make test certificates: " + e, e);
        }
    }

    /**
     * Returns the CA's certificate.
     *
     * @return the certificate
     */
    public X509Certificate caCertificate() {
        return caCertificate;
    }

    /**
     * Returns a server context with the certificate for {@code 127.0.0.1} and {@code localhost}, which trusts
     * client certificates of this CA.
     *
     * @return a new context
     */
    public SSLContext serverContext() {
        return context(serverKeys);
    }

    /**
     * Returns a server context with a certificate of this CA for other host names only, such as
     * {@code other.example}: a client that verifies host names must refuse it at {@code 127.0.0.1}.
     *
     * @param dnsNames the names the certificate is for
     * @return a new context
     * @throws IllegalArgumentException if no name is given
     */
    public SSLContext serverContextFor(String... dnsNames) {
        if (dnsNames.length == 0) {
            throw new IllegalArgumentException("dnsNames must name at least one host");
        }
        List<GeneralName> names = new ArrayList<>();
        for (String dnsName : dnsNames) {
            names.add(new GeneralName(GeneralName.dNSName, Objects.requireNonNull(dnsName, "dnsName")));
        }
        try {
            return context(keyStore(
                    issue("CN=" + dnsNames[0], server(), new GeneralNames(names.toArray(new GeneralName[0])))));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot make a test certificate: " + e, e);
        }
    }

    /**
     * Returns a client context that trusts this CA and offers the client certificate.
     *
     * @return a new context
     */
    public SSLContext clientContext() {
        return context(clientKeys);
    }

    /**
     * Returns a client context that trusts this CA and has no client certificate.
     *
     * @return a new context
     */
    public SSLContext trustingContext() {
        return context(null);
    }

    /**
     * Writes a PKCS12 trust store holding the CA's certificate, for the {@code javax.net.ssl.trustStore}
     * property (type {@code PKCS12}, password {@code test-only}).
     *
     * @param file where to write
     * @return {@code file}
     * @throws UncheckedIOException if it cannot be written
     */
    public Path writeTrustStore(Path file) {
        return write(trustStore, file);
    }

    /**
     * Writes a PKCS12 key store holding the client's key and certificate chain, as an application would keep it
     * (password {@code test-only}).
     *
     * @param file where to write
     * @return {@code file}
     * @throws UncheckedIOException if it cannot be written
     */
    public Path writeClientKeyStore(Path file) {
        return write(clientKeys, file);
    }

    /**
     * Writes the CA's certificate in PEM, as a private CA hands it out.
     *
     * @param file where to write
     * @return {@code file}
     * @throws UncheckedIOException if it cannot be written
     */
    public Path writeCaCertificatePem(Path file) {
        try {
            String pem = "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(caCertificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
            Files.writeString(file, pem);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encode the CA certificate: " + e, e);
        }
    }

    /**
     * Returns the password of every key store this class writes.
     *
     * @return a new copy of {@code test-only}
     */
    public static char[] keyStorePassword() {
        return PASSWORD.clone();
    }

    private static Path write(KeyStore store, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, PASSWORD);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot store the key store: " + e, e);
        }
    }

    private SSLContext context(KeyStore keys) {
        try {
            KeyManagerFactory keyManagers = null;
            if (keys != null) {
                keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                keyManagers.init(keys, PASSWORD);
            }
            TrustManagerFactory trustManagers =
                    TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trustManagers.init(trustStore);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(
                    keyManagers == null ? null : keyManagers.getKeyManagers(), trustManagers.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot make a TLS context: " + e, e);
        }
    }

    private Issued issue(String subject, KeyPurposeId purpose, GeneralNames names) throws GeneralSecurityException {
        KeyPair keys = newKeyPair();
        X509Certificate certificate = sign(
                new X500Name(subject),
                keys,
                new X500Name(caCertificate.getSubjectX500Principal().getName()),
                caKeys.getPrivate(),
                false,
                purpose,
                names);
        return new Issued(keys.getPrivate(), certificate);
    }

    private KeyStore keyStore(Issued issued) throws GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try {
            store.load(null, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        store.setKeyEntry("key", issued.key, PASSWORD, new X509Certificate[] {issued.certificate, caCertificate});
        return store;
    }

    private static KeyPurposeId server() {
        return KeyPurposeId.id_kp_serverAuth;
    }

    private static GeneralNames sans(String ip, String dnsName) {
        try {
            InetAddress.getByName(ip);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new GeneralNames(new GeneralName[] {
            new GeneralName(GeneralName.iPAddress, ip), new GeneralName(GeneralName.dNSName, dnsName)
        });
    }

    private static KeyPair newKeyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        return generator.generateKeyPair();
    }

    private static X509Certificate sign(
            X500Name subject,
            KeyPair subjectKeys,
            X500Name issuer,
            PrivateKey issuerKey,
            boolean ca,
            KeyPurposeId purpose,
            GeneralNames names)
            throws GeneralSecurityException {
        Instant now = Instant.now();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                issuer,
                BigInteger.valueOf(SERIALS.incrementAndGet()),
                Date.from(now.minus(Duration.ofHours(1))),
                Date.from(now.plus(Duration.ofDays(2))),
                subject,
                subjectKeys.getPublic());
        try {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
            builder.addExtension(
                    Extension.keyUsage,
                    true,
                    new KeyUsage(ca ? KeyUsage.keyCertSign | KeyUsage.cRLSign : KeyUsage.digitalSignature));
            if (purpose != null) {
                builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purpose));
            }
            if (names != null) {
                builder.addExtension(Extension.subjectAlternativeName, false, names);
            }
            return new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKey)));
        } catch (IOException | OperatorCreationException e) {
            throw new GeneralSecurityException("cannot sign a test certificate", e);
        }
    }

    @Override
    public String toString() {
        return "TestPki{ca=" + caCertificate.getSubjectX500Principal().getName() + "}";
    }

    /** A private key and its certificate. */
    private static final class Issued {
        final PrivateKey key;
        final X509Certificate certificate;

        Issued(PrivateKey key, X509Certificate certificate) {
            this.key = key;
            this.certificate = certificate;
        }
    }
}

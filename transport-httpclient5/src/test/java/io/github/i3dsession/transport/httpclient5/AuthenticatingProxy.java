package io.github.i3dsession.transport.httpclient5;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.proxy.ProxyHandler;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ConnectHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's real forward proxy on a free loopback port: {@link ConnectHandler} opens {@code CONNECT} tunnels,
 * {@link ProxyHandler.Forward} forwards plain requests. With credentials, both ask for them with
 * {@code 407 Proxy-Authenticate: Basic} until a request carries them. It records what it let through, so that a
 * test can prove a request went through it. Every host name it connects to is 127.0.0.1, so that a test can
 * name a host (such as {@code session.test}) that the JVM's default proxy selector, which never proxies
 * loopback hosts, sends to the proxy. A copy lives in each transport module's tests, so that Jetty stays
 * out of every published module.
 */
final class AuthenticatingProxy implements AutoCloseable {
    private static final String REALM = "Basic realm=\"test-proxy\"";

    private final Server server = new Server();
    private final String expected;
    private final List<String> passed = new CopyOnWriteArrayList<>();
    private final AtomicInteger challenges = new AtomicInteger();

    private AuthenticatingProxy(String user, String password) throws Exception {
        this.expected = user == null
                ? null
                : "Basic "
                        + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        server.setHandler(new Tunnels(new Forwarding(new ToLoopback())));
        server.start();
    }

    /** Starts a proxy that asks for these credentials. */
    static AuthenticatingProxy start(String user, String password) throws Exception {
        return new AuthenticatingProxy(user, password);
    }

    /** Starts a proxy that lets every request through. */
    static AuthenticatingProxy open() throws Exception {
        return new AuthenticatingProxy(null, null);
    }

    int port() {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    /** What went through, such as {@code CONNECT 127.0.0.1:4711} or {@code POST http://127.0.0.1:4711/v3/session}. */
    List<String> passed() {
        return passed;
    }

    /** How many requests were answered 407. */
    int challenges() {
        return challenges.get();
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("the proxy did not stop", e);
        }
    }

    private boolean authorized(Request request) {
        if (expected == null) {
            return true;
        }
        if (expected.equals(request.getHeaders().get(HttpHeader.PROXY_AUTHORIZATION))) {
            return true;
        }
        challenges.incrementAndGet();
        return false;
    }

    /** CONNECT tunnels, authenticated in the hook ConnectHandler offers for it. */
    private final class Tunnels extends ConnectHandler {
        Tunnels(Handler next) {
            super(next);
        }

        @Override
        protected InetSocketAddress newConnectAddress(String host, int port) {
            return new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
        }

        @Override
        protected boolean handleAuthentication(Request request, Response response, String address) {
            if (!authorized(request)) {
                response.getHeaders().put(HttpHeader.PROXY_AUTHENTICATE, REALM);
                return false;
            }
            passed.add("CONNECT " + address);
            return true;
        }
    }

    /** Forwards to 127.0.0.1 whatever the host name. */
    private static final class ToLoopback extends ProxyHandler.Forward {
        @Override
        protected void configureHttpClient(HttpClient client) {
            super.configureHttpClient(client);
            client.setSocketAddressResolver((host, port, context, promise) ->
                    promise.succeeded(List.of(new InetSocketAddress(InetAddress.getLoopbackAddress(), port))));
        }
    }

    /** Plain forwarding, behind a check of {@code Proxy-Authorization}. */
    private final class Forwarding extends Handler.Wrapper {
        Forwarding(Handler next) {
            super(next);
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            if (!authorized(request)) {
                response.setStatus(407);
                response.getHeaders().put(HttpHeader.PROXY_AUTHENTICATE, REALM);
                response.write(true, null, callback);
                return true;
            }
            passed.add(request.getMethod() + " " + request.getHttpURI());
            return super.handle(request, response, callback);
        }
    }
}

package io.github.i3dsession.cli;

import io.github.i3dsession.api.spi.SessionTransport;
import io.github.i3dsession.transport.feign.FeignTransport;
import io.github.i3dsession.transport.httpclient5.HttpClient5Transport;
import io.github.i3dsession.transport.jdk.JdkTransport;

/**
 * The HTTP library a command sends with, chosen by {@code --transport}. The constants are lower case because
 * picocli matches them against what the user types.
 */
public enum TransportChoice {
    /** The JDK's {@code java.net.http.HttpClient}. */
    jdk,
    /** Apache HttpClient 5. */
    httpclient5,
    /** OpenFeign. */
    feign;

    /**
     * Creates a new transport of this kind with its default settings.
     *
     * @return the transport, which the caller closes
     */
    public SessionTransport create() {
        switch (this) {
            case httpclient5:
                return HttpClient5Transport.create();
            case feign:
                return FeignTransport.create();
            case jdk:
            default:
                return JdkTransport.create();
        }
    }
}

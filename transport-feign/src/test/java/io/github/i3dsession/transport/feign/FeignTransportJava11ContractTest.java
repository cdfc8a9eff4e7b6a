package io.github.i3dsession.transport.feign;

import feign.Feign;
import feign.http2client.Http2Client;
import io.github.i3dsession.api.spi.SessionTransport;
import io.github.i3dsession.testkit.SessionClientContract;
import java.net.http.HttpClient;

/** The adapter contract kit, over the application's own JDK HttpClient through {@code feign-java11}. */
class FeignTransportJava11ContractTest extends SessionClientContract {

    @Override
    protected SessionTransport createTransport() {
        return FeignTransport.create(Feign.builder().client(new Http2Client(HttpClient.newHttpClient())));
    }
}

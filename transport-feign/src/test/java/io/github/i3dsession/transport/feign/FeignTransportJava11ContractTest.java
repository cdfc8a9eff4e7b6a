package io.github.i3dsession.transport.feign;

import feign.AsyncFeign;
import feign.Feign;
import feign.http2client.Http2Client;
import io.github.i3dsession.api.spi.SessionTransport;
import io.github.i3dsession.testkit.contract.SessionClientContract;
import java.net.http.HttpClient;

/**
 * The adapter contract kit, over the application's own JDK HttpClient through {@code feign-java11}, for blocking
 * calls and, through {@link AsyncFeign}, for async ones.
 */
class FeignTransportJava11ContractTest extends SessionClientContract {

    @Override
    protected SessionTransport createTransport() {
        Http2Client client = new Http2Client(HttpClient.newHttpClient());
        return FeignTransport.create(
                Feign.builder().client(client), AsyncFeign.<Object>builder().client(client));
    }
}

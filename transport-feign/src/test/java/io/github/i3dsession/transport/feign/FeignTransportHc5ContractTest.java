package io.github.i3dsession.transport.feign;

import feign.Feign;
import feign.hc5.ApacheHttp5Client;
import io.github.i3dsession.api.spi.SessionTransport;
import io.github.i3dsession.testkit.SessionClientContract;
import java.io.IOException;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.junit.jupiter.api.AfterEach;

/** The adapter contract kit, over the application's own Apache HttpClient 5 through {@code feign-hc5}. */
class FeignTransportHc5ContractTest extends SessionClientContract {
    private CloseableHttpClient http;

    @Override
    protected SessionTransport createTransport() {
        // No cookie store and no retries of its own, as FeignTransport documents.
        http = HttpClients.custom().disableCookieManagement().disableAutomaticRetries().build();
        return FeignTransport.create(Feign.builder().client(new ApacheHttp5Client(http)));
    }

    @AfterEach
    void closeApplicationsClient() throws IOException {
        http.close();
    }
}

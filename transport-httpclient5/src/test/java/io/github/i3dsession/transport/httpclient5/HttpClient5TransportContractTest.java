package io.github.i3dsession.transport.httpclient5;

import io.github.i3dsession.api.spi.SessionTransport;
import io.github.i3dsession.testkit.contract.SessionClientContract;

/** Runs the adapter contract kit against a transport with a client of its own. */
class HttpClient5TransportContractTest extends SessionClientContract {

    @Override
    protected SessionTransport createTransport() {
        return HttpClient5Transport.create();
    }
}

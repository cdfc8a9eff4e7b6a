package io.github.i3dsession.transport.feign;

import io.github.i3dsession.api.spi.SessionTransport;
import io.github.i3dsession.testkit.contract.SessionClientContract;

/** The adapter contract kit, over Feign's default client. */
class FeignTransportContractTest extends SessionClientContract {

    @Override
    protected SessionTransport createTransport() {
        return FeignTransport.create();
    }
}

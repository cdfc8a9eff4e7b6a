package io.github.i3dsession.transport.jdk;

import io.github.i3dsession.api.spi.SessionTransport;
import io.github.i3dsession.testkit.contract.SessionClientContract;

class JdkTransportContractTest extends SessionClientContract {
    @Override
    protected SessionTransport createTransport() {
        return JdkTransport.create();
    }
}

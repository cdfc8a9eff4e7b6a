package io.github.i3dsession.docs.adapter;

// BEGIN: adapter-contract-test
import io.github.i3dsession.api.spi.SessionTransport;
import io.github.i3dsession.testkit.contract.SessionClientContract;

class UrlConnectionTransportContractTest extends SessionClientContract {
    @Override
    protected SessionTransport createTransport() {
        return UrlConnectionTransport.create();
    }
}
// END: adapter-contract-test

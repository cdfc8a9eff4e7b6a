package io.github.i3dsession.transport.feign;

import feign.Capability;
import feign.Client;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Feign {@link Capability} that counts the requests its wrapped client executes. Public because Feign calls
 * {@code enrich} reflectively and cannot reach a method of a non-public class.
 */
public final class CountingCapability implements Capability {
    private final AtomicInteger executed = new AtomicInteger();

    @Override
    public Client enrich(Client client) {
        return (request, options) -> {
            executed.incrementAndGet();
            return client.execute(request, options);
        };
    }

    int executed() {
        return executed.get();
    }
}

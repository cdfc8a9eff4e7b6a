package io.github.i3dsession.transport.feign;

import feign.AsyncClient;
import feign.Capability;
import feign.Client;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Feign {@link Capability} that counts the requests its wrapped clients execute. Public because Feign calls
 * {@code enrich} reflectively and cannot reach a method of a non-public class.
 */
public final class CountingCapability implements Capability {
    private final AtomicInteger executed = new AtomicInteger();
    private final AtomicInteger executedAsync = new AtomicInteger();

    @Override
    public Client enrich(Client client) {
        return (request, options) -> {
            executed.incrementAndGet();
            return client.execute(request, options);
        };
    }

    @Override
    public AsyncClient<Object> enrich(AsyncClient<Object> client) {
        return (request, options, context) -> {
            executedAsync.incrementAndGet();
            return client.execute(request, options, context);
        };
    }

    int executed() {
        return executed.get();
    }

    int executedAsync() {
        return executedAsync.get();
    }
}

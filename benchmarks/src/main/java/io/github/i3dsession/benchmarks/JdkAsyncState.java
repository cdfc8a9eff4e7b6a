package io.github.i3dsession.benchmarks;

import io.github.i3dsession.api.SessionClient;
import io.github.i3dsession.transport.jdk.JdkTransport;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.concurrent.ExecutorService;

/**
 * What the JDK async benchmarks share: a server, one {@link HttpClient} for ours and raw, our client over it, and
 * a {@link ThreadSampler} started before the {@code HttpClient}, so that every thread it starts counts.
 */
abstract class JdkAsyncState {
    ServerProcess server;
    ThreadSampler threads;
    HttpClient http;
    SessionClient ours;
    URI userUri;
    String cookie;
    private ExecutorService executor;

    /** Starts everything; {@code executor} is the {@code HttpClient}'s, or null for its default. */
    void start(ExecutorService executor) {
        server = ServerProcess.start();
        cookie = Fixture.rawLogin(server.baseUri());
        userUri = server.baseUri().resolve(Fixture.USER_PATH);
        threads = new ThreadSampler();
        this.executor = executor;
        HttpClient.Builder builder =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER);
        if (executor != null) {
            builder.executor(executor);
        }
        http = builder.build();
        ours = Fixture.loggedInClient(server.baseUri(), JdkTransport.create(http));
    }

    void stop(String setting) {
        System.out.println("\nthreads started for the JDK client (" + setting + "): at the peak "
                + threads.newThreadsAtPeak() + ", alive at the end " + threads.newThreadsByName());
        threads.close();
        ours.close();
        if (executor != null) {
            executor.shutdownNow();
        }
        server.close();
    }
}

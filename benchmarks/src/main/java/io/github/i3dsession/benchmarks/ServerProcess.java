package io.github.i3dsession.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The fake server a benchmark talks to: the one named by the system property {@value #BASE_URI_PROPERTY} or the
 * environment variable {@value #BASE_URI_VARIABLE} ({@code run.sh} starts one, warms it up and exports it to every
 * fork), or else a {@link ServerMain} in a child JVM of its own, which exits when this JVM closes its standard
 * input or dies.
 */
final class ServerProcess implements AutoCloseable {
    static final String BASE_URI_PROPERTY = "i3dsession.bench.baseUri";
    static final String BASE_URI_VARIABLE = "I3DSESSION_BENCH_BASE_URI";

    private final Process process;
    private final URI baseUri;

    private ServerProcess(Process process, URI baseUri) {
        this.process = process;
        this.baseUri = baseUri;
    }

    static ServerProcess start() {
        String shared = System.getProperty(BASE_URI_PROPERTY, System.getenv(BASE_URI_VARIABLE));
        if (shared != null && !shared.isBlank()) {
            return new ServerProcess(null, URI.create(shared.trim()));
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = List.of(
                java,
                "-Dsun.net.httpserver.nodelay=true",
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                ServerMain.class.getName());
        try {
            Process process = new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            BufferedReader out =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            if (line == null) {
                process.destroyForcibly();
                throw new IllegalStateException("FakeSessionServer process exited before printing its URI: " + command);
            }
            return new ServerProcess(process, URI.create(line.trim()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command, e);
        }
    }

    URI baseUri() {
        return baseUri;
    }

    /** Stops the child JVM, if this started one; a shared server keeps running. */
    @Override
    public void close() {
        if (process == null) {
            return;
        }
        try {
            process.getOutputStream().close();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}

package io.github.i3dsession.benchmarks;

import io.github.i3dsession.testkit.FakeSessionServer;
import io.github.i3dsession.testkit.FakeUser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Runs a {@link FakeSessionServer} in a JVM of its own, so that its allocations stay out of JMH's
 * {@code gc.alloc.rate.norm} and its JIT stays warm across benchmark forks.
 *
 * <ul>
 *   <li>Without arguments ({@link ServerProcess}): prints the base URI as the first line of standard output and
 *       serves until standard input closes.</li>
 *   <li>With a file name ({@code run.sh}): writes the base URI to that file and serves until killed.</li>
 * </ul>
 */
public final class ServerMain {
    /** The user every benchmark logs in as; {@code FakeUser.defaultProfile} gives the profile. */
    static final String USER = "alice";

    static final String PASSWORD = "correct horse battery staple";

    private ServerMain() {}

    /**
     * Starts the server.
     *
     * @param args nothing, or the file to write the base URI to
     * @throws IOException if the file cannot be written or standard input fails
     * @throws InterruptedException never in practice: the thread waits until the JVM is killed
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        // FakeSessionServer sets sun.net.httpserver.nodelay=true itself, in a static initializer; without it every
        // keep-alive exchange stalls ~40 ms on delayed ACKs. ServerProcess and run.sh also pass it explicitly.
        try (FakeSessionServer server = FakeSessionServer.builder()
                .user(FakeUser.withoutOtp(USER, PASSWORD))
                .recording(false) // otherwise the server keeps every exchange of the run
                .start()) {
            if (args.length > 0) {
                Path file = Path.of(args[0]);
                Path partial = file.resolveSibling(file.getFileName() + ".tmp");
                Files.writeString(partial, server.baseUri() + "\n", StandardCharsets.UTF_8);
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
                Thread.currentThread().join();
            } else {
                System.out.println(server.baseUri());
                System.out.flush();
                while (System.in.read() >= 0) {
                    // Wait for end of input.
                }
            }
        }
    }
}

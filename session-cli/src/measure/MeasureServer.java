import io.github.i3dsession.testkit.FakeSessionServer;
import io.github.i3dsession.testkit.FakeUser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The fake server that {@code measure-startup.sh} times the CLI against, run with the source launcher on the
 * shaded jar (which holds the test kit): {@code java -cp target/session-cli.jar src/measure/MeasureServer.java
 * FILE}. It writes the base URI to FILE, then serves until its standard input closes, so that it never outlives
 * the script. The user is {@code alice}, with the one-time password {@code 654321}.
 */
public final class MeasureServer {
    private MeasureServer() {}

    public static void main(String[] args) throws IOException {
        try (FakeSessionServer server = FakeSessionServer.builder()
                .user(FakeUser.withOtp("alice", "correct horse", "654321"))
                .recording(false)
                .start()) {
            Path file = Path.of(args[0]);
            Path partial = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(partial, server.baseUri() + "\n", StandardCharsets.UTF_8);
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            while (System.in.read() >= 0) {
                // Serve until the script closes standard input (or dies, which closes it too).
            }
        }
    }
}

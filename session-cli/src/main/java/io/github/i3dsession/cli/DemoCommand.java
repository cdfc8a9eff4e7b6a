package io.github.i3dsession.cli;

import io.github.i3dsession.api.SessionClient;
import io.github.i3dsession.api.spi.SessionTransport;
import io.github.i3dsession.model.SessionLogin;
import io.github.i3dsession.testkit.FakeSessionServer;
import io.github.i3dsession.testkit.FakeUser;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code i3d-session demo}: starts a {@link FakeSessionServer} in this process and runs the whole session flow
 * against it through the real {@link SessionClient} and the chosen transport.
 */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Runs login, one-time password, getUser and logout against an in-process fake server.")
final class DemoCommand implements Callable<Integer> {
    static final String USER = "demo";
    // The demo's own fake credentials: they protect nothing, and are still never printed.
    private static final String PASSWORD = "demo-password";
    private static final String OTP = "123456";

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--transport",
            defaultValue = "jdk",
            paramLabel = "NAME",
            description = "HTTP library to send with: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private TransportChoice transport;

    @Option(
            names = "--wrap-arrays",
            description = "Make the fake server wrap every JSON object in a one-element array, as the live API may.")
    private boolean wrapArrays;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (FakeSessionServer server = FakeSessionServer.builder()
                        .user(FakeUser.withOtp(USER, PASSWORD, OTP))
                        .wrapObjectsInArray(wrapArrays)
                        .start();
                SessionTransport httpTransport = transport.create();
                SessionClient client = SessionClient.builder()
                        .baseUri(server.baseUri())
                        .transport(httpTransport)
                        .build()) {
            out.println("FakeSessionServer at " + server.baseUri() + ", transport " + transport
                    + (wrapArrays ? ", objects wrapped in arrays" : ""));
            out.flush();
            new SessionFlow(out).run(client, SessionLogin.of(USER, PASSWORD), OtpStep.fixed(OTP));
        }
        return ExitCodes.OK;
    }
}

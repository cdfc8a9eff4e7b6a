package com.example.feign;

import io.github.i3dsession.api.SessionClient;
import io.github.i3dsession.model.SessionAuthReq;
import io.github.i3dsession.model.SessionLogin;
import io.github.i3dsession.model.SessionLoginOtp;
import io.github.i3dsession.model.SessionUser;
import io.github.i3dsession.transport.feign.FeignTransport;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * Logs in, reads the user and logs out over OpenFeign (its default client here; pass your own
 * {@code Feign.Builder} to {@code FeignTransport.create(builder)} to keep your Feign set-up). The transport is
 * created and passed explicitly, so the caller closes it (after the client).
 */
public final class WhoAmI {

    private WhoAmI() {
    }

    /**
     * Logs in (asking {@code otp} for a one-time password only when the account has 2FA), reads the user,
     * logs out.
     *
     * @param baseUri the API's base URI, such as {@code https://api.i3d.net}
     * @param userName the user name
     * @param password the password
     * @param otp supplies the one-time password when the server asks for one
     * @return "{@code <userName> from <city>}"
     */
    public static String whoAmI(URI baseUri, String userName, String password, Supplier<String> otp) {
        try (FeignTransport transport = FeignTransport.create();
                SessionClient client = SessionClient.builder().baseUri(baseUri).transport(transport).build()) {
            SessionAuthReq auth = client.login(SessionLogin.of(userName, password));
            if (auth.requiresOtp()) {
                client.provideOtp(SessionLoginOtp.of(otp.get()));
            }
            SessionUser user = client.getUser();
            client.logout();
            return user.userName() + " from " + user.details().city();
        }
    }

    /**
     * {@code java com.example.feign.WhoAmI <userName> [baseUri]} with the password in {@code I3D_PASSWORD};
     * reads the one-time password from standard input when asked.
     *
     * @param args the user name and, optionally, the base URI
     */
    public static void main(String[] args) {
        if (args.length < 1 || System.getenv("I3D_PASSWORD") == null) {
            System.err.println("usage: I3D_PASSWORD=... java com.example.feign.WhoAmI <userName> [baseUri]");
            System.exit(2);
        }
        URI baseUri = URI.create(args.length > 1 ? args[1] : "https://api.i3d.net");
        System.out.println(whoAmI(baseUri, args[0], System.getenv("I3D_PASSWORD"), WhoAmI::readOtp));
    }

    private static String readOtp() {
        System.err.print("One-time password: ");
        try {
            return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

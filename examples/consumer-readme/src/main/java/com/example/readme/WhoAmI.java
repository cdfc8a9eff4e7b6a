package com.example.readme;

import io.github.i3dsession.api.SessionClient;
import io.github.i3dsession.model.SessionAuthReq;
import io.github.i3dsession.model.SessionLogin;
import io.github.i3dsession.model.SessionLoginOtp;
import io.github.i3dsession.model.SessionUser;
import java.net.URI;
import java.util.function.Supplier;

/** The README's "Use it" code, word for word (docs' ReadmeClaimsTest compares them). */
public final class WhoAmI {

    private WhoAmI() {}

    static String whoAmI(URI baseUri, char[] password, Supplier<String> askForOtp) {
        try (SessionClient client = SessionClient.builder().baseUri(baseUri).build()) {
            SessionAuthReq auth = client.login(SessionLogin.of("alice", password));
            if (auth.requiresOtp()) {
                client.provideOtp(SessionLoginOtp.of(askForOtp.get()));
            }
            SessionUser user = client.getUser();
            client.logout();
            return user.userName() + " from " + user.details().city();
        }
    }
}

package com.example.modules;

import io.github.i3dsession.api.SessionClient;
import io.github.i3dsession.model.SessionLogin;
import io.github.i3dsession.model.SessionUser;

/** Logs in, reads the user and logs out: the whole client API, called from a named module. */
final class WhoAmI {

    private WhoAmI() {
    }

    /**
     * @param client a client that is not logged in; closed here
     * @param userName the user name of an account without 2FA
     * @param password its password
     * @return "{@code <userName> from <city>}"
     */
    static String whoAmI(SessionClient client, String userName, String password) {
        try (client) {
            if (client.login(SessionLogin.of(userName, password)).requiresOtp()) {
                throw new IllegalStateException(userName + " has 2FA; this check uses an account without it");
            }
            SessionUser user = client.getUser();
            client.logout();
            return user.userName() + " from " + user.details().city();
        }
    }
}

package io.github.i3dsession.cli;

import io.github.i3dsession.api.NotLoggedInException;
import io.github.i3dsession.api.SessionClient;
import io.github.i3dsession.api.SessionState;
import io.github.i3dsession.model.SessionUser;
import java.nio.file.Path;

/** What {@code user} and {@code status} share: read the user with a stored session, and keep the session fresh. */
final class StoredClient {
    private StoredClient() {}

    /**
     * Reads the user with {@code client}, which holds {@code stored}, and stores the session again if the
     * server changed its cookies meanwhile.
     *
     * @throws CliException (not logged in) when the server no longer accepts the session
     */
    static SessionUser user(SessionClient client, StoredSession stored, SessionFiles files) {
        SessionUser user;
        try {
            user = client.getUser();
        } catch (NotLoggedInException e) {
            throw new CliException(ExitCodes.NOT_LOGGED_IN, noLongerAccepted(stored), e);
        }
        SessionState now = Clients.session(client);
        if (!now.toJson().equals(stored.state().toJson())) {
            files.write(StoredSession.of(stored.userName(), stored.baseUrl(), now));
        }
        return user;
    }

    static String noLongerAccepted(StoredSession stored) {
        return "the server no longer accepts the stored session of " + UserPrinter.printable(stored.userName()) + " at "
                + stored.baseUrl() + "; run login";
    }

    static String describe(StoredSession stored, Path file) {
        return UserPrinter.printable(stored.userName()) + " at " + stored.baseUrl() + " (session file " + file + ")";
    }
}

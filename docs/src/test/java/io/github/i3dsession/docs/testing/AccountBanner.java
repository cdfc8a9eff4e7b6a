package io.github.i3dsession.docs.testing;

// BEGIN: app-under-test
import io.github.i3dsession.api.NotLoggedInException;
import io.github.i3dsession.api.ServerErrorException;
import io.github.i3dsession.api.SessionClient;
import io.github.i3dsession.api.TransportException;
import io.github.i3dsession.model.SessionUser;

/** Application code: the line at the top of the page that says who is logged in. */
final class AccountBanner {
    private final SessionClient client;

    AccountBanner(SessionClient client) {
        this.client = client;
    }

    String text() {
        try {
            SessionUser user = client.getUser();
            return user.firstName() + " " + user.lastName() + " <" + user.email() + ">";
        } catch (NotLoggedInException e) {
            return "Not logged in";
        } catch (ServerErrorException | TransportException e) {
            return "Account service unavailable";
        }
    }
}
// END: app-under-test

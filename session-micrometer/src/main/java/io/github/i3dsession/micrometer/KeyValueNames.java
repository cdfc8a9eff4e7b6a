package io.github.i3dsession.micrometer;

import java.util.OptionalInt;

/** The observation names and key values of this module, in one place. */
final class KeyValueNames {
    static final String CALL = "i3d.session.call";
    static final String ATTEMPT = "i3d.session.attempt";

    static final String OPERATION = "operation";
    static final String TRANSPORT = "transport";
    static final String OUTCOME = "outcome";
    static final String STATUS = "status";
    static final String EXCEPTION = "exception";
    static final String AUTOMATIC = "automatic";
    static final String ATTEMPT_NUMBER = "attempt";

    static final String NONE = "none";
    static final String NO_STATUS = "NONE";

    private KeyValueNames() {}

    /** The outcome as Spring's HTTP observations name it, from the status class. */
    static String outcome(OptionalInt status) {
        if (status.isEmpty()) {
            return "UNKNOWN";
        }
        switch (status.getAsInt() / 100) {
            case 1:
                return "INFORMATIONAL";
            case 2:
                return "SUCCESS";
            case 3:
                return "REDIRECTION";
            case 4:
                return "CLIENT_ERROR";
            case 5:
                return "SERVER_ERROR";
            default:
                return "UNKNOWN";
        }
    }

    static String status(OptionalInt status) {
        return status.isEmpty() ? NO_STATUS : Integer.toString(status.getAsInt());
    }

    static String exception(Class<? extends Throwable> type) {
        return type == null ? NONE : type.getSimpleName();
    }
}

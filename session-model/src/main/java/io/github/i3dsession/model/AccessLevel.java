package io.github.i3dsession.model;

/**
 * Access level of a session user ({@code SessionUser.accessLevel} in the API).
 *
 * <p>A forward-compatible view: {@link #fromCode(int)} never throws and maps codes this version
 * does not know to {@link #UNKNOWN}; the raw code stays available on the owning object.
 */
public enum AccessLevel {
    /** Code 0: guest. */
    GUEST(0),
    /** Code 10: regular logged-in user. */
    REGULAR(10),
    /** Code 20: game hosting management access. */
    GAME_HOSTING_MANAGEMENT(20),
    /** A code this version does not know; {@link #code()} returns -1. */
    UNKNOWN(-1);

    private final int code;

    AccessLevel(int code) {
        this.code = code;
    }

    /**
     * Returns the API code of this constant.
     *
     * @return the code, or -1 for {@link #UNKNOWN}
     */
    public int code() {
        return code;
    }

    /**
     * Maps an API code to its constant.
     *
     * @param code the raw code
     * @return the matching constant, never null; {@link #UNKNOWN} for an unknown code
     */
    public static AccessLevel fromCode(int code) {
        for (AccessLevel value : values()) {
            if (value != UNKNOWN && value.code == code) {
                return value;
            }
        }
        return UNKNOWN;
    }
}

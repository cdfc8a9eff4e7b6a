package io.github.i3dsession.model;

/**
 * A yes/no flag that the API encodes as the integer 0 or 1 (for example
 * {@code SessionUser.validateEmail} or {@code AccountDetails.newsletter}).
 *
 * <p>A forward-compatible view: {@link #fromCode(int)} never throws and maps codes this version
 * does not know to {@link #UNKNOWN}; the raw code stays available on the owning object.
 */
public enum Flag {
    /** Code 0: no. */
    NO(0),
    /** Code 1: yes. */
    YES(1),
    /** A code this version does not know; {@link #code()} returns -1. */
    UNKNOWN(-1);

    private final int code;

    Flag(int code) {
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
     * Tells whether this flag is {@link #YES}.
     *
     * @return true only for {@link #YES}; false for {@link #NO} and {@link #UNKNOWN}
     */
    public boolean isYes() {
        return this == YES;
    }

    /**
     * Maps an API code to its constant.
     *
     * @param code the raw code
     * @return the matching constant, never null; {@link #UNKNOWN} for an unknown code
     */
    public static Flag fromCode(int code) {
        for (Flag value : values()) {
            if (value != UNKNOWN && value.code == code) {
                return value;
            }
        }
        return UNKNOWN;
    }
}

package io.github.i3dsession.model;

/**
 * Account type ({@code AccountDetails.accountType} in the API).
 *
 * <p>A forward-compatible view: {@link #fromCode(int)} never throws and maps codes this version
 * does not know to {@link #UNKNOWN}; the raw code stays available on the owning object.
 */
public enum AccountType {
    /** Code 1: consumer account. */
    CONSUMER(1),
    /** Code 2: business account. */
    BUSINESS(2),
    /** A code this version does not know; {@link #code()} returns -1. */
    UNKNOWN(-1);

    private final int code;

    AccountType(int code) {
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
    public static AccountType fromCode(int code) {
        for (AccountType value : values()) {
            if (value != UNKNOWN && value.code == code) {
                return value;
            }
        }
        return UNKNOWN;
    }
}

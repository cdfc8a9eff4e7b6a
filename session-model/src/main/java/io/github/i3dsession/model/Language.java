package io.github.i3dsession.model;

/**
 * Preferred language of an account ({@code AccountDetails.language} in the API).
 *
 * <p>A forward-compatible view: {@link #fromCode(int)} never throws and maps codes this version
 * does not know to {@link #UNKNOWN}; the raw code stays available on the owning object.
 */
public enum Language {
    /** Code 0: English. */
    ENGLISH(0),
    /** Code 1: Dutch. */
    DUTCH(1),
    /** A code this version does not know; {@link #code()} returns -1. */
    UNKNOWN(-1);

    private final int code;

    Language(int code) {
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
    public static Language fromCode(int code) {
        for (Language value : values()) {
            if (value != UNKNOWN && value.code == code) {
                return value;
            }
        }
        return UNKNOWN;
    }
}

/**
 * The data types of the i3D.net v3 Session API: login and OTP requests, the authenticated user, error documents.
 * Immutable values with no dependencies beyond {@code java.base}.
 */
module io.github.i3dsession.model {
    exports io.github.i3dsession.model;
}

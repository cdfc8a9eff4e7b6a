/**
 * Immutable values for the i3D.net v3 Session API: the request bodies ({@link
 * io.github.i3dsession.model.SessionLogin}, {@link io.github.i3dsession.model.SessionLoginOtp}),
 * the response bodies ({@link io.github.i3dsession.model.SessionUser}, {@link
 * io.github.i3dsession.model.SessionAuthReq}) and the error document ({@link
 * io.github.i3dsession.model.ApiError}).
 *
 * <p>Conventions shared by every type in this package:
 *
 * <ul>
 *   <li>Values are immutable and thread-safe; they are created with {@code builder()} (or an
 *       {@code of(...)} factory) and copied with {@code toBuilder()}. Builders are mutable and not
 *       thread-safe.
 *   <li>Nothing returned is null. Properties that may be absent are returned as {@link
 *       java.util.Optional}.
 *   <li>Integer codes are exposed twice: as a forward-compatible enum view that maps unknown codes
 *       to {@code UNKNOWN} instead of throwing, and as the raw {@code int} ({@code ...Code()}).
 *   <li>Unix timestamps where 0 means "not applicable" are exposed as {@code Optional<Instant>}
 *       (empty for 0) and as the raw {@code long} ({@code ...EpochSecond()}).
 *   <li>{@code build()} throws {@link java.lang.IllegalStateException} when a required property is
 *       not set; setters of non-nullable properties throw {@link java.lang.NullPointerException}
 *       naming the property. Request values throw {@link java.lang.IllegalArgumentException} at
 *       build time for invalid input, so nothing invalid can be sent.
 * </ul>
 *
 * <p>The package depends on {@code java.base} only.
 */
package io.github.i3dsession.model;

/**
 * A test kit for the i3D.net v3 Session API client and for code that uses it: {@link
 * io.github.i3dsession.testkit.FakeSessionServer}, an in-process fake of the service on the JDK's built-in HTTP
 * server, with {@link io.github.i3dsession.testkit.FakeUser} accounts, request recording, scripted {@link
 * io.github.i3dsession.testkit.FakeResponse}s for error and fault injection. RFC 6238 codes for {@link
 * io.github.i3dsession.testkit.FakeUser#withTotp} users come from {@link io.github.i3dsession.api.Totp}.
 *
 * <pre>{@code
 * try (FakeSessionServer server = FakeSessionServer.builder()
 *     .user(FakeUser.withoutOtp("alice", "correct horse"))
 *     .start()) {
 *   // point the client under test at server.baseUri()
 * }
 * }</pre>
 *
 * <p>Every public type here is part of the kit's API; package-private types are not.
 */
package io.github.i3dsession.testkit;

/**
 * The i3D.net v3 Session API client: {@link io.github.i3dsession.api.SessionClient}, its builder, its async view,
 * the {@link io.github.i3dsession.api.RetryPolicy} and the exceptions every call may throw; the values it works
 * with: {@link io.github.i3dsession.api.Totp} and {@link io.github.i3dsession.api.OtpSource} for two-factor
 * logins, {@link io.github.i3dsession.api.SessionState} for resuming a session, and
 * {@link io.github.i3dsession.api.ApiRequest} and {@link io.github.i3dsession.api.ApiResponse} for calling other v3
 * endpoints with the session.
 */
package io.github.i3dsession.api;

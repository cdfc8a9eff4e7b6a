/**
 * The i3D.net v3 Session API client: {@link io.github.i3dsession.api.SessionClient}, its builder, its async view,
 * the {@link io.github.i3dsession.api.RetryPolicy} and the exceptions every call may throw.
 */
package io.github.i3dsession.api;

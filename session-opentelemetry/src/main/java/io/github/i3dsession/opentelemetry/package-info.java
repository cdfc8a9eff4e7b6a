/**
 * OpenTelemetry support: {@link io.github.i3dsession.opentelemetry.SessionTelemetry} traces each call of a {@code
 * SessionClient} and each of its attempts per the HTTP client semantic conventions, propagates each attempt's trace
 * context, and records {@code http.client.request.duration}.
 */
package io.github.i3dsession.opentelemetry;

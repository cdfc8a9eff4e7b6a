/**
 * The {@link io.github.i3dsession.transport.jdk.JdkTransport} adapter over {@code java.net.http.HttpClient}.
 */
package io.github.i3dsession.transport.jdk;

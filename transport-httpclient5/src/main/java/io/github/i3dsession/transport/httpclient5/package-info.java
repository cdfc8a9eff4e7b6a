/**
 * A {@link io.github.i3dsession.api.spi.SessionTransport} over the classic Apache HttpClient 5:
 * {@link io.github.i3dsession.transport.httpclient5.HttpClient5Transport}, with a client of its own or the
 * application's, and {@link io.github.i3dsession.transport.httpclient5.HttpClient5TransportProvider}, which makes
 * it discoverable as {@code "httpclient5"}. Every other type here is internal.
 */
package io.github.i3dsession.transport.httpclient5;

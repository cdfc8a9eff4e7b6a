/**
 * A {@link io.github.i3dsession.api.spi.SessionTransport} over Apache HttpClient 5:
 * {@link io.github.i3dsession.transport.httpclient5.HttpClient5Transport}, blocking over the classic client and
 * non-blocking over HttpCore 5's async requester (or the application's own clients), and
 * {@link io.github.i3dsession.transport.httpclient5.HttpClient5TransportProvider}, which makes it discoverable as
 * {@code "httpclient5"}. Every other type here is internal.
 */
package io.github.i3dsession.transport.httpclient5;

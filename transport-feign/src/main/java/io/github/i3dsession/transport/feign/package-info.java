/**
 * A {@link io.github.i3dsession.api.spi.SessionTransport} over OpenFeign:
 * {@link io.github.i3dsession.transport.feign.FeignTransport} carries the Session API as a declarative Feign
 * interface through the application's own {@code Feign.Builder}, and its async calls through Feign's
 * {@code AsyncFeign}; {@link io.github.i3dsession.transport.feign.FeignTransportProvider} makes it discoverable as
 * {@code "feign"}. Every other type in this package is an implementation detail.
 */
package io.github.i3dsession.transport.feign;

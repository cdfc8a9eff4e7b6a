/**
 * The service-provider interface for HTTP adapters: {@link io.github.i3dsession.api.spi.SessionTransport},
 * its request and response, and {@link io.github.i3dsession.api.spi.SessionTransportProvider} for discovery.
 * Applications normally only pick a transport; adapter authors implement these types.
 */
package io.github.i3dsession.api.spi;

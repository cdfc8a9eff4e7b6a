package io.github.i3dsession.spring.boot;

import io.github.i3dsession.api.SessionClient;
import io.github.i3dsession.api.SessionObserver;
import io.github.i3dsession.api.spi.SessionTransport;
import io.github.i3dsession.micrometer.SessionObservation;
import io.github.i3dsession.opentelemetry.SessionTelemetry;
import io.micrometer.observation.ObservationRegistry;
import io.opentelemetry.api.OpenTelemetry;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Auto-configures a {@link SessionClient} from the {@code i3d.session.*} properties ({@link SessionProperties}).
 *
 * <ul>
 *   <li>{@code SessionClient} (closed with the context), unless the application defines one. It gets every
 *       {@link SessionObserver} bean, in order.
 *   <li>{@code SessionTransport} (closed with the context), the one {@code i3d.session.transport} names, unless the
 *       application defines one, which is then used.
 *   <li>The Micrometer observer ({@code SessionObservation}) when {@code session-micrometer} is on the class path and
 *       an {@code ObservationRegistry} bean exists; the OpenTelemetry observer ({@code SessionTelemetry}) when
 *       {@code session-opentelemetry} is on the class path and an {@code OpenTelemetry} bean exists. Either is
 *       left out with {@code i3d.session.micrometer.enabled=false} or {@code i3d.session.opentelemetry.enabled=false}.
 *   <li>With the actuator, a {@code SanitizingFunction} that masks {@code i3d.session.api-key},
 *       {@code i3d.session.auto-login.password} and {@code i3d.session.auto-login.totp-secret} even where the
 *       {@code configprops} and {@code env} endpoints are set to show values.
 * </ul>
 */
@AutoConfiguration(
        afterName = {
            "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration",
            "org.springframework.boot.opentelemetry.autoconfigure.OpenTelemetrySdkAutoConfiguration"
        })
@ConditionalOnClass(SessionClient.class)
@EnableConfigurationProperties(SessionProperties.class)
public class SessionClientAutoConfiguration {

    /** Creates the auto-configuration; Spring Boot does. */
    public SessionClientAutoConfiguration() {}

    /**
     * The transport {@code i3d.session.transport} names.
     *
     * @param properties the properties
     * @param context where the transports are looked for, with its class loader
     * @return a new transport, closed with the context
     * @throws RuntimeException naming {@code i3d.session.transport} when that transport is not on the class path
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean({SessionTransport.class, SessionClient.class})
    public SessionTransport i3dSessionTransport(SessionProperties properties, ApplicationContext context) {
        return TransportChoice.create(
                properties.getTransport(),
                ClientFactory.positive("connect-timeout", properties.getConnectTimeout()),
                context.getClassLoader());
    }

    /**
     * The client.
     *
     * @param properties the properties
     * @param transport the transport: the application's own, or {@link #i3dSessionTransport}
     * @param observers the observer beans, in order
     * @return a new client, closed with the context
     * @throws RuntimeException naming the property at fault when one is unusable
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public SessionClient sessionClient(
            SessionProperties properties, SessionTransport transport, ObjectProvider<SessionObserver> observers) {
        return ClientFactory.create(
                properties, transport, observers.orderedStream().collect(Collectors.toList()));
    }

    /** Records calls as Micrometer observations when the application has an observation registry. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({SessionObservation.class, ObservationRegistry.class})
    @ConditionalOnBean(ObservationRegistry.class)
    @ConditionalOnBooleanProperty(name = SessionProperties.PREFIX + ".micrometer.enabled", matchIfMissing = true)
    static class MicrometerObserverConfiguration {
        @Bean
        @ConditionalOnMissingBean(name = "i3dSessionObservationObserver")
        SessionObserver i3dSessionObservationObserver(ObservationRegistry registry) {
            return SessionObservation.observer(registry);
        }
    }

    /** Traces calls with OpenTelemetry when the application has an OpenTelemetry bean. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({SessionTelemetry.class, OpenTelemetry.class})
    @ConditionalOnBean(OpenTelemetry.class)
    @ConditionalOnBooleanProperty(name = SessionProperties.PREFIX + ".opentelemetry.enabled", matchIfMissing = true)
    static class OpenTelemetryObserverConfiguration {
        @Bean
        @ConditionalOnMissingBean(name = "i3dSessionTelemetryObserver")
        SessionObserver i3dSessionTelemetryObserver(OpenTelemetry openTelemetry) {
            return SessionTelemetry.create(openTelemetry).observer();
        }
    }

    /** Keeps the secrets out of the actuator's endpoints even when those are set to show values. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(SanitizingFunction.class)
    static class SanitizingConfiguration {
        @Bean
        SanitizingFunction i3dSessionSecretsSanitizer() {
            return SecretProperties.sanitizer();
        }
    }
}

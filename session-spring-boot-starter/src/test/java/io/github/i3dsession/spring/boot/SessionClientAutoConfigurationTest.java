package io.github.i3dsession.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.i3dsession.api.CallObserver;
import io.github.i3dsession.api.NotLoggedInException;
import io.github.i3dsession.api.SessionClient;
import io.github.i3dsession.api.SessionObserver;
import io.github.i3dsession.api.TransportException;
import io.github.i3dsession.api.spi.SessionTransport;
import io.github.i3dsession.api.spi.TransportRequest;
import io.github.i3dsession.api.spi.TransportResponse;
import io.github.i3dsession.micrometer.SessionObservation;
import io.github.i3dsession.opentelemetry.SessionTelemetry;
import io.github.i3dsession.testkit.FakeResponse;
import io.github.i3dsession.testkit.FakeSessionServer;
import io.github.i3dsession.testkit.FakeUser;
import io.github.i3dsession.transport.feign.FeignTransport;
import io.github.i3dsession.transport.httpclient5.HttpClient5Transport;
import io.github.i3dsession.transport.jdk.JdkTransport;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/** What the auto-configuration builds from each property and under each condition, against a fake server. */
class SessionClientAutoConfigurationTest {
    static final String PASSWORD = "pw-Zq8xJ3vN1";
    static final String API_KEY = "key-Ap1K3yV4lue";
    /** RFC 6238's test secret, "12345678901234567890", in base32. */
    static final String TOTP_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    private final FakeSessionServer server = FakeSessionServer.builder()
            .user(FakeUser.withoutOtp("alice", PASSWORD))
            .user(FakeUser.withTotp("robot", PASSWORD, "12345678901234567890".getBytes(StandardCharsets.US_ASCII)))
            .start();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(SessionClientAutoConfiguration.class))
            .withPropertyValues("i3d.session.base-url=" + server.baseUri(), "i3d.session.transport=jdk");

    private final ApplicationContextRunner alice = runner.withPropertyValues(
            "i3d.session.auto-login.user-name=alice", "i3d.session.auto-login.password=" + PASSWORD);

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void baseUrlAndAutoLoginGiveAClientThatReadsTheUser() {
        alice.run(context -> {
            assertThat(context).hasSingleBean(SessionClient.class);

            assertThat(context.getBean(SessionClient.class).getUser().userName())
                    .isEqualTo("alice");
        });
    }

    @Test
    void aTotpSecretCompletesTheTwoFactorLogin() {
        runner.withPropertyValues(
                        "i3d.session.auto-login.user-name=robot",
                        "i3d.session.auto-login.password=" + PASSWORD,
                        "i3d.session.auto-login.totp-secret=" + TOTP_SECRET)
                .run(context -> {
                    assertThat(context.getBean(SessionClient.class).getUser().userName())
                            .isEqualTo("robot");
                    assertThat(server.requestCount("POST", "/v3/session/login/otp"))
                            .isEqualTo(1);
                });
    }

    @Test
    void withoutAutoLoginTheClientHasNoSession() {
        runner.run(context -> assertThatThrownBy(
                        () -> context.getBean(SessionClient.class).getUser())
                .isInstanceOf(NotLoggedInException.class));
    }

    @Test
    void theApiKeyIsSentAsPrivateToken() {
        alice.withPropertyValues("i3d.session.api-key=" + API_KEY).run(context -> {
            context.getBean(SessionClient.class).getUser();

            assertThat(server.requests())
                    .allSatisfy(r -> assertThat(r.header("PRIVATE-TOKEN")).hasValue(API_KEY));
        });
    }

    @Test
    void maxResponseBytesBoundsTheBody() {
        alice.withPropertyValues("i3d.session.max-response-bytes=64B").run(context -> {
            assertThat(context.getBean(SessionProperties.class).getMaxResponseBytes())
                    .isEqualTo(DataSize.ofBytes(64));

            assertThatThrownBy(() -> context.getBean(SessionClient.class).getUser())
                    .hasMessageContaining("64");
        });
    }

    @Test
    void requestAndCallTimeoutsEndASlowCall() {
        runner.withPropertyValues("i3d.session.request-timeout=200ms", "i3d.session.call-timeout=500ms")
                .run(context -> {
                    // Every attempt the call can make within its timeout gets an answer that comes too late.
                    for (int i = 0; i < 5; i++) {
                        server.enqueue(
                                "/v3/session/user",
                                FakeResponse.builder()
                                        .status(204)
                                        .delayBeforeHeaders(Duration.ofSeconds(3))
                                        .build());
                    }
                    // With the default timeouts the three-second answer would arrive.
                    assertThatThrownBy(
                                    () -> context.getBean(SessionClient.class).getUser())
                            .isInstanceOf(TransportException.class);
                });
    }

    @Test
    void durationsAndSizesBindFromTheirTextForms() {
        runner.withPropertyValues(
                        "i3d.session.connect-timeout=3s",
                        "i3d.session.request-timeout=4s",
                        "i3d.session.call-timeout=1m",
                        "i3d.session.max-response-bytes=2MB")
                .run(context -> {
                    SessionProperties properties = context.getBean(SessionProperties.class);
                    assertThat(properties.getConnectTimeout()).isEqualTo(Duration.ofSeconds(3));
                    assertThat(properties.getRequestTimeout()).isEqualTo(Duration.ofSeconds(4));
                    assertThat(properties.getCallTimeout()).isEqualTo(Duration.ofMinutes(1));
                    assertThat(properties.getMaxResponseBytes()).isEqualTo(DataSize.ofMegabytes(2));
                    assertThat(context).hasSingleBean(SessionClient.class);
                });
    }

    @Test
    void eachNamedTransportIsCreatedAndWorks() {
        for (String name : new String[] {"jdk", "httpclient5", "feign"}) {
            alice.withPropertyValues("i3d.session.transport=" + name).run(context -> {
                Class<?> expected = name.equals("jdk")
                        ? JdkTransport.class
                        : name.equals("feign") ? FeignTransport.class : HttpClient5Transport.class;
                assertThat(context.getBean(SessionTransport.class)).isInstanceOf(expected);
                assertThat(context.getBean(SessionClient.class).getUser().userName())
                        .isEqualTo("alice");
            });
        }
    }

    @Test
    void autoWithSeveralTransportsFailsNamingTheProperty() {
        runner.withPropertyValues("i3d.session.transport=auto")
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .hasMessage("i3d.session.transport is auto, but several transports are on the class path"
                                + " (feign, httpclient5, jdk)"));
    }

    @Test
    void theApplicationsOwnTransportIsUsedAndNoOtherIsCreated() {
        alice.withUserConfiguration(OwnTransport.class).run(context -> {
            assertThat(context).hasSingleBean(SessionTransport.class);
            assertThat(context.getBean(SessionTransport.class)).isSameAs(context.getBean("ownTransport"));

            context.getBean(SessionClient.class).getUser();

            assertThat(OwnTransport.used.get()).isTrue();
        });
    }

    @Test
    void theApplicationsOwnClientMakesTheAutoConfigurationBackOff() {
        runner.withUserConfiguration(OwnClient.class).run(context -> {
            assertThat(context).hasSingleBean(SessionClient.class).doesNotHaveBean(SessionTransport.class);
            assertThat(context.getBean(SessionClient.class)).isSameAs(context.getBean("ownClient"));
        });
    }

    @Test
    void theClientAndTransportAreClosedWithTheContext() {
        SessionClient[] client = new SessionClient[1];
        alice.run(context -> client[0] = context.getBean(SessionClient.class));

        assertThatThrownBy(client[0]::getUser)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("SessionClient is closed");
    }

    @Test
    void anObservationRegistryBeanAddsTheMicrometerObserver() {
        alice.withUserConfiguration(Registry.class).run(context -> {
            assertThat(context).hasBean("i3dSessionObservationObserver");

            context.getBean(SessionClient.class).getUser();

            TestObservationRegistryAssert.assertThat(context.getBean(TestObservationRegistry.class))
                    .hasAnObservation(observation -> observation
                            .hasNameEqualTo("i3d.session.call")
                            .hasLowCardinalityKeyValue("operation", "getUser"))
                    .hasAnObservation(observation -> observation
                            .hasNameEqualTo("i3d.session.call")
                            .hasLowCardinalityKeyValue("operation", "login")
                            .hasLowCardinalityKeyValue("automatic", "true"));
        });
    }

    @Test
    void withoutAnObservationRegistryOrTheMicrometerModuleThereIsNoMicrometerObserver() {
        alice.run(context -> assertThat(context).doesNotHaveBean("i3dSessionObservationObserver"));
        alice.withUserConfiguration(Registry.class)
                .withClassLoader(new FilteredClassLoader(SessionObservation.class))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean("i3dSessionObservationObserver"));
    }

    @Test
    void anOpenTelemetryBeanAddsTheTracingObserver() {
        alice.withUserConfiguration(Otel.class).run(context -> {
            assertThat(context).hasBean("i3dSessionTelemetryObserver");

            context.getBean(SessionClient.class).getUser();

            assertThat(context.getBean(InMemorySpanExporter.class).getFinishedSpanItems())
                    .extracting(SpanData::getName)
                    .contains("login", "getUser", "POST", "GET");
        });
    }

    @Test
    void withoutAnOpenTelemetryBeanOrTheModuleThereIsNoTracingObserver() {
        alice.run(context -> assertThat(context).doesNotHaveBean("i3dSessionTelemetryObserver"));
        alice.withUserConfiguration(Otel.class)
                .withClassLoader(new FilteredClassLoader(SessionTelemetry.class))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean("i3dSessionTelemetryObserver"));
    }

    @Test
    void withBothBeansBothObserversRecordEachCall() {
        alice.withUserConfiguration(Registry.class, Otel.class).run(context -> {
            context.getBean(SessionClient.class).getUser();

            TestObservationRegistryAssert.assertThat(context.getBean(TestObservationRegistry.class))
                    .hasAnObservation(observation -> observation.hasNameEqualTo("i3d.session.call"));
            assertThat(context.getBean(InMemorySpanExporter.class).getFinishedSpanItems())
                    .extracting(SpanData::getName)
                    .contains("getUser");
        });
    }

    @Test
    void theOpenTelemetryObserverIsLeftOutWhenItsPropertyTurnsItOff() {
        alice.withUserConfiguration(Registry.class, Otel.class)
                .withPropertyValues("i3d.session.opentelemetry.enabled=false")
                .run(context -> {
                    assertThat(context)
                            .hasBean("i3dSessionObservationObserver")
                            .doesNotHaveBean("i3dSessionTelemetryObserver");

                    context.getBean(SessionClient.class).getUser();

                    assertThat(context.getBean(InMemorySpanExporter.class).getFinishedSpanItems())
                            .isEmpty();
                    TestObservationRegistryAssert.assertThat(context.getBean(TestObservationRegistry.class))
                            .hasAnObservation(observation -> observation.hasNameEqualTo("i3d.session.call"));
                });
    }

    @Test
    void theMicrometerObserverIsLeftOutWhenItsPropertyTurnsItOff() {
        alice.withUserConfiguration(Registry.class, Otel.class)
                .withPropertyValues("i3d.session.micrometer.enabled=false")
                .run(context -> {
                    assertThat(context)
                            .hasBean("i3dSessionTelemetryObserver")
                            .doesNotHaveBean("i3dSessionObservationObserver");

                    context.getBean(SessionClient.class).getUser();

                    TestObservationRegistryAssert.assertThat(context.getBean(TestObservationRegistry.class))
                            .doesNotHaveAnyObservation();
                    assertThat(context.getBean(InMemorySpanExporter.class).getFinishedSpanItems())
                            .extracting(SpanData::getName)
                            .contains("getUser");
                });
    }

    @Test
    void withoutTheActuatorThereIsNoSanitizerAndTheClientStillWorks() {
        alice.withClassLoader(new FilteredClassLoader(SanitizingFunction.class)).run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean("i3dSessionSecretsSanitizer");
            assertThat(context.getBean(SessionClient.class).getUser().userName())
                    .isEqualTo("alice");
        });
    }

    @Test
    void theApplicationsOwnObserversAreAddedToo() {
        alice.withUserConfiguration(OwnObserver.class).run(context -> {
            context.getBean(SessionClient.class).getUser();

            assertThat(OwnObserver.calls.get()).isTrue();
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnTransport {
        static final AtomicBoolean used = new AtomicBoolean();

        @Bean
        SessionTransport ownTransport() {
            JdkTransport jdk = JdkTransport.create();
            return new SessionTransport() {
                @Override
                public TransportResponse send(TransportRequest request) throws IOException {
                    used.set(true);
                    return jdk.send(request);
                }

                @Override
                public void close() {
                    jdk.close();
                }
            };
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnClient {
        @Bean
        SessionClient ownClient() {
            return SessionClient.builder()
                    .baseUri(URI.create("https://api.i3d.net"))
                    .transport(JdkTransport.create())
                    .build();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Registry {
        @Bean
        TestObservationRegistry observationRegistry() {
            return TestObservationRegistry.create();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Otel {
        @Bean
        InMemorySpanExporter spanExporter() {
            return InMemorySpanExporter.create();
        }

        @Bean(destroyMethod = "close")
        OpenTelemetrySdk openTelemetry(InMemorySpanExporter exporter) {
            return OpenTelemetrySdk.builder()
                    .setTracerProvider(SdkTracerProvider.builder()
                            .addSpanProcessor(SimpleSpanProcessor.create(exporter))
                            .build())
                    .build();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnObserver {
        static final AtomicBoolean calls = new AtomicBoolean();

        @Bean
        SessionObserver ownObserver() {
            return call -> {
                calls.set(true);
                return CallObserver.NONE;
            };
        }
    }
}

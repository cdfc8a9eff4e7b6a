/**
 * Micrometer Observation support: {@link io.github.i3dsession.micrometer.SessionObservation#observer} records each
 * call of a {@code SessionClient} as an {@code i3d.session.call} observation and each of its attempts as a child
 * {@code i3d.session.attempt}.
 */
package io.github.i3dsession.micrometer;

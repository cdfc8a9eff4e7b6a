/**
 * Spring Boot auto-configuration: {@link io.github.i3dsession.spring.boot.SessionClientAutoConfiguration} builds a
 * {@code SessionClient} bean from the {@code i3d.session.*} properties ({@link
 * io.github.i3dsession.spring.boot.SessionProperties}).
 */
package io.github.i3dsession.spring.boot;

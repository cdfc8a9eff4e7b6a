package io.github.i3dsession.spring.boot;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Reports an unusable {@code i3d.session.*} property at startup: which one, what is wrong, and what to set. */
final class SessionPropertyFailureAnalyzer extends AbstractFailureAnalyzer<InvalidSessionPropertyException> {

    /** Public, since Spring Boot instantiates the analyzers it finds in {@code META-INF/spring.factories}. */
    public SessionPropertyFailureAnalyzer() {}

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidSessionPropertyException cause) {
        return new FailureAnalysis(
                "The i3D.net session client could not be configured: " + cause.getMessage() + ".",
                cause.action(),
                cause);
    }
}

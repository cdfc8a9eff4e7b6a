package io.github.i3dsession.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SessionCliTest {

    @Test
    void versionComesFromTheConstant() {
        CliRun run = CliRun.of("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("i3d-session " + SessionCli.VERSION + "\n");
    }

    @Test
    void versionConstantFollowsTheProjectVersion() {
        String projectVersion = System.getProperty("i3dsession.cli.projectVersion");

        assertThat(projectVersion).as("surefire passes project.version").isNotBlank();
        assertThat(SessionCli.VERSION).isEqualTo(projectVersion);
        assertThat(SessionCli.VERSION_TEXT).isEqualTo("i3d-session " + projectVersion);
    }

    @Test
    void subcommandsPrintTheSameVersion() {
        CliRun demo = CliRun.of("demo", "--version");
        CliRun login = CliRun.of("login", "--version");

        assertThat(demo.out()).isEqualTo(SessionCli.VERSION_TEXT + "\n");
        assertThat(login.out()).isEqualTo(SessionCli.VERSION_TEXT + "\n");
    }

    @Test
    void anUnfilteredVersionResourceIsRefused() {
        assertThatThrownBy(() -> SessionCli.readVersion("unfiltered-version.properties"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("resource unfiltered-version.properties holds no version (was it filtered by the build?): "
                        + "'${project.version}'");
    }

    @Test
    void aMissingVersionResourceIsRefusedNamingIt() {
        assertThatThrownBy(() -> SessionCli.readVersion("no-such.properties"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("resource no-such.properties is missing from the session-cli jar");
    }

    @Test
    void helpListsBothSubcommands() {
        CliRun run = CliRun.of("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .startsWith("Usage: i3d-session")
                .containsPattern("(?m)^  demo ")
                .containsPattern("(?m)^  login ");
    }

    @Test
    void helpListsEveryCommandAndTheExitCodes() {
        CliRun run = CliRun.of("--help");

        assertThat(run.out())
                .containsPattern("(?m)^  user, whoami ")
                .containsPattern("(?m)^  status ")
                .containsPattern("(?m)^  logout ")
                .containsPattern("(?m)^  completion ")
                .contains("Exit codes:")
                .containsPattern("(?m)^ +0 +Success\\.$")
                .containsPattern("(?m)^ +3 +Authentication failed")
                .containsPattern("(?m)^ +4 +Not logged in")
                .containsPattern("(?m)^ +5 +Rate limited")
                .containsPattern("(?m)^ +6 +Network failure")
                .containsPattern("(?m)^ +130 +Interrupted");
    }

    @Test
    void subcommandHelpListsTheExitCodesAndTheDefaultBaseUrl() {
        CliRun run = CliRun.of("login", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("Exit codes:")
                .contains("(default: https://api.i3d.net)")
                .contains("--allow-insecure-http")
                .contains("--totp-secret-env=VAR");
    }

    @Test
    void completionPrintsABashScriptThatKnowsTheCommands() {
        CliRun run = CliRun.of("completion");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .startsWith("#!/usr/bin/env bash")
                .contains("complete -F _complete_i3d-session")
                .contains("whoami")
                .contains("--totp-secret-env");
    }

    @Test
    void noSubcommandIsAUsageError() {
        CliRun run = CliRun.of();

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("Missing required subcommand").contains("Usage: i3d-session");
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRun run = CliRun.of("demo", "--password", "x");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("Unknown options: '--password', 'x'").contains("Usage: i3d-session demo");
    }

    @Test
    void verboseIsAcceptedBeforeAndAfterTheSubcommand() {
        try {
            assertThat(CliRun.of("--verbose", "demo").exitCode()).isZero();
            assertThat(CliRun.of("demo", "--verbose").exitCode()).isZero();
            assertThat(System.getProperty(SessionCli.LIBRARY_LOG_LEVEL_PROPERTY))
                    .isEqualTo("debug");
        } finally {
            System.clearProperty(SessionCli.LIBRARY_LOG_LEVEL_PROPERTY);
        }
    }
}

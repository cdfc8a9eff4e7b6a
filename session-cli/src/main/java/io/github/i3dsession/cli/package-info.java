/**
 * The {@code i3d-session} command line: {@code login} stores a session that {@code user} (alias {@code whoami}),
 * {@code status} and {@code logout} use, {@code demo} runs the whole session flow against an in-process
 * {@code FakeSessionServer}, {@code completion} prints a shell completion script. Start at
 * {@link io.github.i3dsession.cli.SessionCli}.
 */
package io.github.i3dsession.cli;

/**
 * The {@code i3d-session} command line: {@code demo} runs the whole session flow against an in-process
 * {@code FakeSessionServer}, {@code login} runs it against a real server. Start at
 * {@link io.github.i3dsession.cli.SessionCli}.
 */
package io.github.i3dsession.cli;

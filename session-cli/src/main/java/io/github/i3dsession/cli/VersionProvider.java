package io.github.i3dsession.cli;

import picocli.CommandLine.IVersionProvider;

/**
 * Gives picocli's {@code --version} the text of {@link SessionCli#VERSION_TEXT}, which is read from a resource at
 * class initialisation and so cannot be an annotation constant.
 */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {SessionCli.VERSION_TEXT};
    }
}

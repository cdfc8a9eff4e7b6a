package io.github.i3dsession.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The directory of stored sessions: one file per base URL and user name, named by hashes of both so that any URL
 * or name gives a safe file name. Files are private ({@link PrivateFiles}): the directory {@code 0700}, each file
 * {@code 0600} from its first byte, and a directory or file that group or others may access is refused.
 */
final class SessionFiles {
    static final String HOME_VARIABLE = "I3D_SESSION_HOME";

    private static final Pattern HASH = Pattern.compile("[0-9a-f]{16}");

    private final Path directory;

    private SessionFiles(Path directory) {
        this.directory = directory;
    }

    static SessionFiles at(Path directory) {
        return new SessionFiles(directory.toAbsolutePath().normalize());
    }

    /**
     * Returns the session directory: {@code $I3D_SESSION_HOME}, else {@code $XDG_CONFIG_HOME/i3d-session}, else
     * {@code ~/.config/i3d-session}.
     */
    static SessionFiles fromEnvironment(Function<String, String> environment) {
        String explicit = environment.apply(HOME_VARIABLE);
        if (explicit != null && !explicit.isBlank()) {
            return at(Path.of(explicit));
        }
        String xdg = environment.apply("XDG_CONFIG_HOME");
        // The XDG spec says to ignore a relative path.
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return at(Path.of(xdg, "i3d-session"));
        }
        String home = environment.apply("HOME");
        if (home == null || home.isBlank()) {
            home = System.getProperty("user.home");
        }
        return at(Path.of(home, ".config", "i3d-session"));
    }

    Path directory() {
        return directory;
    }

    /** The file that holds (or would hold) the session of {@code userName} at {@code baseUrl}. */
    Path fileFor(URI baseUrl, String userName) {
        return directory.resolve(prefix(baseUrl) + hash(userName) + ".json");
    }

    /**
     * Returns the file of {@code userName} at {@code baseUrl}, or with a null user name the only session stored
     * for {@code baseUrl}.
     *
     * @throws CliException (not logged in) when there is none, (bad input) when the user name is null and several
     *     are stored
     */
    Path locate(URI baseUrl, String userName) {
        checkDirectoryIfPresent();
        if (userName != null) {
            Path file = fileFor(baseUrl, userName);
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                throw CliException.notLoggedIn(
                        "not logged in as " + UserPrinter.printable(userName) + " at " + baseUrl + "; run login");
            }
            return file;
        }
        List<Path> files = filesFor(baseUrl);
        if (files.isEmpty()) {
            throw CliException.notLoggedIn("not logged in at " + baseUrl + "; run login");
        }
        if (files.size() > 1) {
            throw CliException.badInput(files.size() + " sessions are stored for " + baseUrl + " ("
                    + String.join(", ", userNames(files)) + "); choose one with --user");
        }
        return files.get(0);
    }

    /** Like {@link #locate} but empty instead of "not logged in". */
    Optional<Path> find(URI baseUrl, String userName) {
        try {
            return Optional.of(locate(baseUrl, userName));
        } catch (CliException e) {
            if (e.exitCode() == ExitCodes.NOT_LOGGED_IN) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /**
     * Reads a session file after checking the permissions of the directory and the file.
     *
     * @throws CliException (bad input) when group or others may access either
     * @throws CorruptSessionFileException when the file is not a session of {@code baseUrl}
     */
    StoredSession read(Path file, URI baseUrl) {
        checkDirectoryIfPresent();
        PrivateFiles.checkPrivate(file, false);
        String text;
        try {
            text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read session file " + file, e);
        }
        StoredSession session;
        try {
            session = StoredSession.fromJson(text);
        } catch (IllegalArgumentException e) {
            throw new CorruptSessionFileException(file, e.getMessage());
        }
        if (!session.baseUrl().equals(baseUrl)
                || !fileFor(baseUrl, session.userName()).equals(file)) {
            throw new CorruptSessionFileException(file, "it holds a session of another user or base URL");
        }
        return session;
    }

    /**
     * Checks, before anything is typed, that the session of {@code userName} at {@code baseUrl} could be stored.
     *
     * @throws CliException (bad input) when the directory or an existing file is open to group or others
     */
    void checkUsable(URI baseUrl, String userName) {
        checkDirectoryIfPresent();
        Path file = fileFor(baseUrl, userName);
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            PrivateFiles.checkPrivate(file, false);
        }
    }

    /**
     * Stores {@code session}, replacing the one of the same user and base URL atomically.
     *
     * @return the file written
     * @throws CliException (bad input) when the directory or an existing file is open to group or others
     */
    Path write(StoredSession session) {
        PrivateFiles.createDirectory(directory);
        Path target = fileFor(session.baseUrl(), session.userName());
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            PrivateFiles.checkPrivate(target, false);
        }
        PrivateFiles.writeAtomically(directory, target, session.toJson().getBytes(StandardCharsets.UTF_8));
        return target;
    }

    /**
     * Deletes a session file.
     *
     * @return false when it was already gone
     */
    boolean delete(Path file) {
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete session file " + file, e);
        }
    }

    private List<Path> filesFor(URI baseUrl) {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return files;
        }
        String prefix = prefix(baseUrl);
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory, prefix + "*.json")) {
            for (Path file : stream) {
                String name = file.getFileName().toString();
                String userHash = name.substring(prefix.length(), name.length() - ".json".length());
                if (HASH.matcher(userHash).matches()) {
                    files.add(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list session directory " + directory, e);
        }
        files.sort(null);
        return files;
    }

    private List<String> userNames(List<Path> files) {
        List<String> names = new ArrayList<>();
        for (Path file : files) {
            try {
                String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                names.add(UserPrinter.printable(StoredSession.fromJson(text).userName()));
            } catch (IOException | IllegalArgumentException e) {
                names.add("unreadable " + file.getFileName());
            }
        }
        return names;
    }

    private void checkDirectoryIfPresent() {
        if (Files.exists(directory)) {
            PrivateFiles.checkPrivate(directory, true);
        }
    }

    private static String prefix(URI baseUrl) {
        return hash(baseUrl.toString()) + "-";
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder(16);
            for (int i = 0; i < 8; i++) {
                hex.append(String.format(Locale.ROOT, "%02x", digest[i] & 0xff));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}

package io.github.i3dsession.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The directory of stored sessions: one file per base URL and user name, named by hashes of both so that any URL
 * or name gives a safe file name. The directory is created {@code 0700} and each file {@code 0600} from its first
 * byte: written to a temporary file created with those permissions, then moved into place atomically. Like ssh,
 * it refuses a directory or file that group or others may read or write, and says how to fix it.
 */
final class SessionFiles {
    static final String HOME_VARIABLE = "I3D_SESSION_HOME";
    static final Set<PosixFilePermission> DIRECTORY_MODE = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE_MODE = PosixFilePermissions.fromString("rw-------");

    private static final Set<PosixFilePermission> GROUP_OR_OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE,
            PosixFilePermission.OTHERS_EXECUTE);
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{16}");
    private static final SecureRandom RANDOM = new SecureRandom();

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
        checkPrivate(file, false);
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
            checkPrivate(file, false);
        }
    }

    /**
     * Stores {@code session}, replacing the one of the same user and base URL atomically.
     *
     * @return the file written
     * @throws CliException (bad input) when the directory or an existing file is open to group or others
     */
    Path write(StoredSession session) {
        createDirectory();
        Path target = fileFor(session.baseUrl(), session.userName());
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            checkPrivate(target, false);
        }
        byte[] bytes = session.toJson().getBytes(StandardCharsets.UTF_8);
        Path temporary =
                directory.resolve("." + target.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + ".tmp");
        try {
            Files.createFile(temporary, PosixFilePermissions.asFileAttribute(FILE_MODE));
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (UnsupportedOperationException e) {
            throw CliException.badInput("session files need a POSIX file system: " + directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write session file " + target, e);
        } finally {
            deleteQuietly(temporary);
        }
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

    private void createDirectory() {
        try {
            if (!Files.exists(directory)) {
                Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(DIRECTORY_MODE));
            }
        } catch (UnsupportedOperationException e) {
            throw CliException.badInput("session files need a POSIX file system: " + directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create session directory " + directory, e);
        }
        checkPrivate(directory, true);
    }

    private void checkDirectoryIfPresent() {
        if (Files.exists(directory)) {
            checkPrivate(directory, true);
        }
    }

    private static void checkPrivate(Path path, boolean isDirectory) {
        PosixFileAttributes attributes;
        try {
            // A directory may be a link (dotfile managers do that); a session file never is.
            attributes = isDirectory
                    ? Files.readAttributes(path, PosixFileAttributes.class)
                    : Files.readAttributes(path, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (UnsupportedOperationException e) {
            throw CliException.badInput("session files need a POSIX file system: " + path);
        } catch (NoSuchFileException e) {
            throw CliException.notLoggedIn("session file " + path + " has disappeared; run login");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the permissions of " + path, e);
        }
        String kind = isDirectory ? "session directory" : "session file";
        if (isDirectory ? !attributes.isDirectory() : !attributes.isRegularFile()) {
            throw CliException.badInput(
                    kind + " " + path + " is not a " + (isDirectory ? "directory" : "regular file"));
        }
        Set<PosixFilePermission> permissions = attributes.permissions();
        if (permissions.stream().anyMatch(GROUP_OR_OTHERS::contains)) {
            String mode = isDirectory ? "700" : "600";
            throw CliException.badInput(String.format(
                    Locale.ROOT,
                    "%s %s is accessible by group or others (%s); it holds session cookies. Fix it with: chmod %s %s",
                    kind,
                    path,
                    PosixFilePermissions.toString(permissions),
                    mode,
                    path));
        }
    }

    private static void deleteQuietly(Path temporary) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            // The move failed or succeeded; a stray temporary file is private and harmless.
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

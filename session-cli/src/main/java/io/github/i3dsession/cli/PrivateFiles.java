package io.github.i3dsession.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Files only their owner may touch, as ssh keeps its keys: directories are created {@code 0700} and files
 * {@code 0600} from the first byte (a temporary file created with those permissions, moved into place atomically),
 * and a directory or file that group or others may read, write or enter is refused with the {@code chmod} that
 * fixes it.
 */
final class PrivateFiles {
    static final Set<PosixFilePermission> DIRECTORY_MODE = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE_MODE = PosixFilePermissions.fromString("rw-------");

    private static final Set<PosixFilePermission> GROUP_OR_OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE,
            PosixFilePermission.OTHERS_EXECUTE);
    private static final SecureRandom RANDOM = new SecureRandom();

    private PrivateFiles() {}

    /**
     * Writes {@code bytes} to {@code target} in {@code directory}: never readable by others, never half written.
     *
     * @throws CliException (bad input) on a file system without POSIX permissions
     * @throws UncheckedIOException when the file system fails
     */
    static void writeAtomically(Path directory, Path target, byte[] bytes) {
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
        } catch (UnsupportedOperationException e) {
            throw CliException.badInput("session files need a POSIX file system: " + directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write session file " + target, e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    static void createDirectory(Path directory) {
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

    static void checkPrivate(Path path, boolean isDirectory) {
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
}

package org.polypress.publish;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The output folder is one service's alone: a lock on {@code <output>/.state/lock}, held while the service runs,
 * that the operating system releases when the process ends however it ends (so a killed service leaves no stale
 * lock). A second service started on the same folder is refused before it touches anything: its start-up
 * recovery would otherwise remove the first one's staging folders mid-publication, and two ledgers would be
 * written at once. The file says who holds it: the process id and host name.
 */
public final class OutputLock implements AutoCloseable {

    /** Thrown when another process holds the folder; its message names the holder. */
    public static final class Held extends IllegalStateException {
        Held(String message) {
            super(message);
        }
    }

    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the output folder, or says who has it. */
    public static OutputLock acquire(Path output) throws IOException {
        Path state = Files.createDirectories(output.resolve(PublicationLedger.FOLDER));
        Path file = state.resolve("lock");
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException inThisProcess) {
            lock = null;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            String holder = holder(channel);
            channel.close();
            throw new Held("Another Polypress (" + (holder.isEmpty() ? "unknown" : holder) + ") is publishing into "
                    + output.toAbsolutePath() + ": stop it first, or give this one another output folder (--output)");
        }
        String me = "PID " + ProcessHandle.current().pid() + " on " + host();
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(me.getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(true);
        return new OutputLock(channel, lock);
    }

    /**
     * Takes the output folder for one publication of a worker node (docs/scaling.md), waiting while another process
     * holds it: a standalone service, for as long as it runs, or another worker, for its publication. Not for two
     * threads of one process at once (the lock is the process's): a caller takes one at a time.
     */
    public static OutputLock await(Path output) throws IOException {
        Path state = Files.createDirectories(output.resolve(PublicationLedger.FOLDER));
        FileChannel channel = FileChannel.open(state.resolve("lock"), StandardOpenOption.CREATE,
                StandardOpenOption.READ, StandardOpenOption.WRITE);
        try {
            return new OutputLock(channel, channel.lock());
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private static String holder(FileChannel channel) {
        try {
            ByteBuffer text = ByteBuffer.allocate(256);
            channel.read(text, 0);
            return new String(text.array(), 0, text.position(), StandardCharsets.UTF_8).strip();
        } catch (IOException unreadable) {
            return "";
        }
    }

    private static String host() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (IOException unknown) {
            return "this machine";
        }
    }

    /** Lets the folder go (the file stays, saying who held it last). */
    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}

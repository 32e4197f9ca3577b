package org.polypress.dropfolder;

import java.io.File;
import org.apache.camel.Exchange;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.component.file.GenericFileOperations;
import org.apache.camel.component.file.strategy.MarkerFileExclusiveReadLockStrategy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes a dropped file only once it has settled: its size and its modification time have stayed the same
 * for at least a check interval, and it was last modified at least a minimum age ago. A file still being
 * copied or uploaded is left for a later poll.
 * <p>
 * Camel's own {@code readLock=changed} with a minimum age looks only at the modification time; this lock
 * also compares sizes, which catches writers that set an old modification time before the copy ends
 * (preserving the original's time). Its first look is the one the poll took when it listed the file, so
 * a folder of files that settled long ago costs one check interval per poll, not one per file.
 */
public final class SettledFileReadLock extends MarkerFileExclusiveReadLockStrategy {

    private static final Logger LOG = LoggerFactory.getLogger(SettledFileReadLock.class);

    private final long minAge;
    private final long checkInterval;
    private final long timeout;

    /**
     * @param minAge        milliseconds since the last modification before a file is taken
     * @param checkInterval milliseconds its size and modification time must stay the same
     * @param timeout       milliseconds to wait for a file that keeps changing before leaving it for the next
     *                      poll (0: wait as long as it takes)
     */
    public SettledFileReadLock(long minAge, long checkInterval, long timeout) {
        if (minAge < 0 || checkInterval <= 0 || timeout < 0) {
            throw new IllegalArgumentException("minAge and timeout must not be negative, checkInterval must be"
                    + " positive: " + minAge + ", " + checkInterval + ", " + timeout);
        }
        this.minAge = minAge;
        this.checkInterval = checkInterval;
        this.timeout = timeout;
    }

    private static boolean markerFits(File target) {
        return target.getName().getBytes(java.nio.charset.StandardCharsets.UTF_8).length
                + org.apache.camel.component.file.FileComponent.DEFAULT_LOCK_FILE_POSTFIX.length() <= 255;
    }

    @Override
    public boolean acquireExclusiveReadLock(GenericFileOperations<File> operations, GenericFile<File> file,
            Exchange exchange) throws Exception {
        File target = new File(file.getAbsoluteFilePath());
        // the marker <name>.camelLock keeps a second consumer off the file; a name too long to take its suffix
        // within the 255 bytes of a file name gets none (it could never be created, and the file never taken)
        if (markerFits(target) && !super.acquireExclusiveReadLock(operations, file, exchange)) {
            return false;
        }
        // the first look: what the poll saw when it listed the file
        long size = file.getFileLength();
        long modified = file.getLastModified();
        long sameSince = exchange.getClock().getCreated();
        long deadline = System.currentTimeMillis() + timeout;
        while (true) {
            if (!target.exists()) {
                return false;
            }
            long now = System.currentTimeMillis();
            long newSize = target.length();
            long newModified = target.lastModified();
            if (newSize != size || newModified != modified) {
                size = newSize;
                modified = newModified;
                sameSince = now;
            } else if (now - sameSince >= checkInterval && now - modified >= minAge) {
                return true;
            }
            if (timeout > 0 && now >= deadline) {
                LOG.debug("{} is still changing after {} ms; it is tried again at the next poll", target, timeout);
                return false;
            }
            try {
                Thread.sleep(Math.max(1, Math.min(checkInterval, Math.max(checkInterval - (now - sameSince),
                        minAge - (now - modified)))));
            } catch (InterruptedException e) {
                // shutting down: leave the file where it is
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }
}

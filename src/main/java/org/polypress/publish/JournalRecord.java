package org.polypress.publish;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.zip.CRC32C;
import org.polypress.render.Renditions;

/**
 * One publication as the journal holds it: the files of a folder ({@code file} null: the whole folder, as
 * {@link ArticlePublisher#publish} replaces it; else that one file of it) and, for an article's own publication,
 * the ledger line it is recorded by ({@code ledgerFile}, {@code ledgerSha}, its slug being {@code folder}).
 * <p>
 * On disk a record is a header of three big-endian ints — {@link #MAGIC}, the payload's length, the CRC-32C of
 * the length and the payload — then the payload. A record cut short (a power cut in the middle of the write) or
 * whose checksum does not match is never applied, nor anything after it.
 */
public record JournalRecord(String folder, String file, List<Renditions.File> files, String ledgerFile,
        String ledgerSha) {

    static final int MAGIC = 0x504a524e; // "PJRN"
    static final int HEADER = 12;

    public JournalRecord {
        Objects.requireNonNull(folder, "folder");
        files = List.copyOf(Objects.requireNonNull(files, "files"));
        if ((ledgerFile == null) != (ledgerSha == null)) {
            throw new IllegalArgumentException("ledgerFile and ledgerSha: both or neither");
        }
    }

    /** The files of {@code file} being null: the whole folder; else that one file. */
    String target() {
        return file == null ? folder + "/" : folder + "/" + file;
    }

    /** What {@link #read} found: the whole records in order, and why it stopped before the end, if it did. */
    public record Contents(List<JournalRecord> records, long wholeBytes, String stoppedBecause) {
    }

    /**
     * The record's bytes, header and payload, in one array of their exact size: a record holds a whole article's
     * renditions (megabytes for a long one), and a buffer grown and then copied held them three times at once.
     */
    byte[] encode() {
        try {
            DataOutputStream counted = new DataOutputStream(OutputStream.nullOutputStream());
            writePayload(counted);
            int length = counted.size();
            if (length > Integer.MAX_VALUE - HEADER - 8) {
                throw new IllegalStateException("a journal record of " + length + " bytes is over 2 GB");
            }
            byte[] record = new byte[HEADER + length];
            writePayload(new DataOutputStream(new Filling(record, HEADER)));
            ByteBuffer.wrap(record).putInt(MAGIC).putInt(length).putInt(checksum(length, record, HEADER));
            return record;
        } catch (IOException e) {
            throw new IllegalStateException("writing into memory failed", e);
        }
    }

    private void writePayload(DataOutputStream out) throws IOException {
        out.writeUTF(folder);
        out.writeUTF(file == null ? "" : file);
        out.writeUTF(ledgerFile == null ? "" : ledgerFile);
        out.writeUTF(ledgerSha == null ? "" : ledgerSha);
        out.writeInt(files.size());
        for (Renditions.File f : files) {
            out.writeUTF(f.name());
            out.writeInt(f.bytes().length);
            out.write(f.bytes());
        }
    }

    /** Writes into an array sized for what is written, from a position on. */
    private static final class Filling extends OutputStream {

        private final byte[] into;
        private int position;

        Filling(byte[] into, int from) {
            this.into = into;
            this.position = from;
        }

        @Override
        public void write(int b) {
            into[position++] = (byte) b;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            System.arraycopy(bytes, offset, into, position, length);
            position += length;
        }
    }

    private static int checksum(int length, byte[] bytes, int offset) {
        CRC32C crc = new CRC32C();
        crc.update(ByteBuffer.allocate(4).putInt(length).array());
        crc.update(bytes, offset, length);
        return (int) crc.getValue();
    }

    /** The whole records of a journal's bytes, up to the first record cut short or damaged. */
    public static Contents read(byte[] journal) {
        List<JournalRecord> records = new ArrayList<>();
        ByteBuffer in = ByteBuffer.wrap(journal);
        while (in.hasRemaining()) {
            int start = in.position();
            if (in.remaining() < HEADER) {
                return new Contents(records, start, "the last record is cut short (its header)");
            }
            int magic = in.getInt();
            int length = in.getInt();
            int checksum = in.getInt();
            if (magic != MAGIC || length < 0) {
                return new Contents(records, start, "a record at byte " + start + " has no valid header");
            }
            if (in.remaining() < length) {
                return new Contents(records, start, "the last record is cut short (" + in.remaining() + " of "
                        + length + " bytes)");
            }
            if (checksum(length, journal, in.position()) != checksum) {
                return new Contents(records, start, "the record at byte " + start + " fails its checksum");
            }
            try {
                records.add(decode(new DataInputStream(new java.io.ByteArrayInputStream(journal, in.position(), length))));
            } catch (IOException | RuntimeException e) {
                return new Contents(records, start, "the record at byte " + start + " cannot be read: " + e);
            }
            in.position(in.position() + length);
        }
        return new Contents(records, journal.length, null);
    }

    private static JournalRecord decode(DataInputStream in) throws IOException {
        String folder = in.readUTF();
        String file = in.readUTF();
        String ledgerFile = in.readUTF();
        String ledgerSha = in.readUTF();
        int count = in.readInt();
        List<Renditions.File> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = in.readUTF();
            byte[] bytes = new byte[in.readInt()];
            in.readFully(bytes);
            files.add(new Renditions.File(name, bytes));
        }
        if (in.read() >= 0) {
            throw new EOFException("bytes after the last file");
        }
        return new JournalRecord(folder, file.isEmpty() ? null : file, files, ledgerFile.isEmpty() ? null : ledgerFile,
                ledgerSha.isEmpty() ? null : ledgerSha);
    }
}

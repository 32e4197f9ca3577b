package org.polypress.hostile;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes a zip with one entry that inflates to far more than it holds, without deflating a gigabyte: one
 * megabyte of the fill byte is deflated once, flushed so that it depends on nothing before it, and repeated;
 * the CRC is computed over the repeated megabyte. Written by hand (local headers, central directory, end
 * record) because {@link java.util.zip.ZipOutputStream} only takes uncompressed bytes.
 */
final class ZipBomb {

    private static final int CHUNK = 1 << 20;

    private ZipBomb() {
    }

    private record Entry(String name, long crc, long size, byte[] deflated, long offset) {
    }

    /**
     * A zip of {@code small} (deflated as usual), then {@code name}: {@code head}, {@code fillSize} bytes of
     * {@code fill} (a whole number of megabytes, rounded up), {@code tail}.
     */
    static byte[] zip(Map<String, byte[]> small, String name, byte[] head, byte fill, long fillSize, byte[] tail) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Entry> entries = new ArrayList<>();
        for (Map.Entry<String, byte[]> part : small.entrySet()) {
            CRC32 crc = new CRC32();
            crc.update(part.getValue());
            entries.add(write(out, part.getKey(), crc.getValue(), part.getValue().length,
                    deflate(part.getValue(), true)));
        }
        byte[] block = new byte[CHUNK];
        Arrays.fill(block, fill);
        long chunks = (fillSize + CHUNK - 1) / CHUNK;
        CRC32 crc = new CRC32();
        crc.update(head);
        for (long i = 0; i < chunks; i++) {
            crc.update(block);
        }
        crc.update(tail);
        byte[] headDeflated = deflate(head, false);
        byte[] chunk = deflate(block, false);
        byte[] tailDeflated = deflate(tail, true);
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.writeBytes(headDeflated);
        for (long i = 0; i < chunks; i++) {
            data.writeBytes(chunk);
        }
        data.writeBytes(tailDeflated);
        entries.add(write(out, name, crc.getValue(), head.length + chunks * CHUNK + tail.length, data.toByteArray()));
        long directory = out.size();
        for (Entry entry : entries) {
            byte[] bytes = entry.name().getBytes(StandardCharsets.UTF_8);
            ByteBuffer header = le(46 + bytes.length);
            header.putInt(0x02014b50).putShort((short) 20).putShort((short) 20).putShort((short) 0x0800)
                    .putShort((short) 8).putShort((short) 0).putShort((short) 0x21).putInt((int) entry.crc())
                    .putInt(entry.deflated().length).putInt((int) entry.size()).putShort((short) bytes.length)
                    .putShort((short) 0).putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt(0)
                    .putInt((int) entry.offset()).put(bytes);
            out.writeBytes(header.array());
        }
        long size = out.size() - directory;
        ByteBuffer end = le(22);
        end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) entries.size())
                .putShort((short) entries.size()).putInt((int) size).putInt((int) directory).putShort((short) 0);
        out.writeBytes(end.array());
        return out.toByteArray();
    }

    private static Entry write(ByteArrayOutputStream out, String name, long crc, long size, byte[] deflated) {
        long offset = out.size();
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        ByteBuffer header = le(30 + bytes.length);
        header.putInt(0x04034b50).putShort((short) 20).putShort((short) 0x0800).putShort((short) 8)
                .putShort((short) 0).putShort((short) 0x21).putInt((int) crc).putInt(deflated.length).putInt((int) size)
                .putShort((short) bytes.length).putShort((short) 0).put(bytes);
        out.writeBytes(header.array());
        out.writeBytes(deflated);
        return new Entry(name, crc, size, deflated, offset);
    }

    /** Raw deflate of {@code bytes}: the last segment finishes the stream, others end in a full flush (independent). */
    private static byte[] deflate(byte[] bytes, boolean last) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        try {
            deflater.setInput(bytes);
            if (last) {
                deflater.finish();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            while (true) {
                int n = deflater.deflate(buffer, 0, buffer.length, last ? Deflater.NO_FLUSH : Deflater.FULL_FLUSH);
                out.write(buffer, 0, n);
                if (last ? deflater.finished() : n < buffer.length && deflater.needsInput()) {
                    return out.toByteArray();
                }
            }
        } finally {
            deflater.end();
        }
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }
}

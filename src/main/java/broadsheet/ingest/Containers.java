package broadsheet.ingest;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.apache.commons.compress.compressors.zstandard.ZstdCompressorInputStream;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;

/**
 * Compressed streams and archives, told by their first bytes (never by the name): gzip, bzip2, xz and zstd streams
 * are decompressed, a zip archive gives one input per entry; other archive and compression formats are named so
 * that they can be rejected as unsupported rather than read as text. Decompression stops at the size limit
 * (a gzip bomb), and a truncated stream keeps what decoded.
 */
public final class Containers {
    private Containers() {
    }

    public enum Kind {
        GZIP("gzip"), BZIP2("bzip2"), XZ("xz"), ZSTD("zstd"), ZIP("zip"),
        SEVEN_Z("7z"), RAR("rar"), LZ4("lz4"), LZMA("lzma"), TAR("tar"), COMPRESS_Z("Unix compress (.Z)"), NONE("none");

        final String label;

        Kind(String label) {
            this.label = label;
        }

        public boolean isStream() {
            return this == GZIP || this == BZIP2 || this == XZ || this == ZSTD;
        }

        public boolean isUnsupported() {
            return this == SEVEN_Z || this == RAR || this == LZ4 || this == LZMA || this == TAR || this == COMPRESS_Z;
        }

        public String label() {
            return label;
        }
    }

    public static Kind detect(byte[] b) {
        if (starts(b, 0x1F, 0x8B)) {
            return Kind.GZIP;
        }
        if (starts(b, 'B', 'Z', 'h') && b.length > 3 && b[3] >= '1' && b[3] <= '9') {
            return Kind.BZIP2;
        }
        if (starts(b, 0xFD, '7', 'z', 'X', 'Z', 0x00)) {
            return Kind.XZ;
        }
        if (starts(b, 0x28, 0xB5, 0x2F, 0xFD)) {
            return Kind.ZSTD;
        }
        if (starts(b, 'P', 'K', 3, 4) || starts(b, 'P', 'K', 5, 6)) {
            return Kind.ZIP;
        }
        if (starts(b, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C)) {
            return Kind.SEVEN_Z;
        }
        if (starts(b, 'R', 'a', 'r', '!', 0x1A, 0x07)) {
            return Kind.RAR;
        }
        if (starts(b, 0x04, 0x22, 0x4D, 0x18)) {
            return Kind.LZ4;
        }
        if (starts(b, 0x5D, 0x00, 0x00)) {
            return Kind.LZMA;
        }
        if (starts(b, 0x1F, 0x9D)) {
            return Kind.COMPRESS_Z;
        }
        if (b.length > 262 && b[257] == 'u' && b[258] == 's' && b[259] == 't' && b[260] == 'a' && b[261] == 'r') {
            return Kind.TAR;
        }
        return Kind.NONE;
    }

    /** What a compressed stream decompressed to; {@code problem} says why it stopped early (null when whole). */
    public record Decompressed(byte[] bytes, String problem) {
    }

    /**
     * Decompresses a gzip, bzip2, xz or zstd stream (concatenated members too), to at most {@code maxBytes}.
     *
     * @throws RejectedInputException {@code too_large} over the limit; {@code undecodable} when nothing decoded
     */
    public static Decompressed decompress(Kind kind, byte[] compressed, long maxBytes) throws RejectedInputException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String problem = null;
        try (InputStream in = open(kind, new ByteArrayInputStream(compressed))) {
            copy(in, out, maxBytes, kind.label() + " content");
        } catch (IOException | RuntimeException e) {
            problem = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (LinkageError e) {
            // zstd decoding is native code shipped with Spark: a platform without it cannot read zstd.
            throw new RejectedInputException(RejectReasons.UNSUPPORTED_COMPRESSION, kind.label() + " cannot be decoded here: " + e);
        }
        if (problem != null && out.size() == 0) {
            throw new RejectedInputException(RejectReasons.UNDECODABLE, "corrupt " + kind.label() + " stream: " + problem);
        }
        return new Decompressed(out.toByteArray(), problem);
    }

    private static InputStream open(Kind kind, InputStream raw) throws IOException {
        return switch (kind) {
            case GZIP -> GzipCompressorInputStream.builder().setInputStream(raw).setDecompressConcatenated(true).get();
            case BZIP2 -> new BZip2CompressorInputStream(raw, true);
            case XZ -> new XZCompressorInputStream(raw, true);
            case ZSTD -> new ZstdCompressorInputStream(raw);
            default -> throw new IllegalArgumentException("not a compressed stream: " + kind);
        };
    }

    /** One entry of a zip archive: its name inside the archive and its bytes, or why it could not be read. */
    public record Entry(String name, byte[] bytes, RejectedInputException problem) {
    }

    /** The entries of a zip archive, and why the listing stopped early (a truncated archive), or null. */
    public record Archive(List<Entry> entries, String problem) {
    }

    /**
     * The file entries of a zip archive, in archive order, each at most {@code maxBytes} and all together at most
     * {@code maxBytes}: an entry past the limit is a {@code too_large} problem of its own. From the central
     * directory; an archive without one (cut short) is read entry by entry from the front, as far as it goes.
     */
    public static Archive unzip(byte[] zip, long maxBytes) throws RejectedInputException {
        List<Entry> entries = new ArrayList<>();
        long[] total = {0};
        try (ZipFile file = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get()) {
            Enumeration<ZipArchiveEntry> e = file.getEntriesInPhysicalOrder();
            while (e.hasMoreElements()) {
                ZipArchiveEntry entry = e.nextElement();
                if (entry.isDirectory()) {
                    continue;
                }
                try (InputStream in = file.getInputStream(entry)) {
                    entries.add(entry(entry.getName(), in, maxBytes, total));
                } catch (IOException | RuntimeException ex) {
                    entries.add(new Entry(entry.getName(), null, new RejectedInputException(RejectReasons.UNDECODABLE,
                            "corrupt zip entry: " + ex.getClass().getSimpleName() + ": " + ex.getMessage())));
                }
            }
            return new Archive(entries, null);
        } catch (IOException | RuntimeException centralDirectoryMissing) {
            entries.clear();
            total[0] = 0;
        }
        String problem = null;
        try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(zip), "UTF-8", true, true)) {
            ZipArchiveEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (!entry.isDirectory()) {
                    Entry read = entry(entry.getName(), in, maxBytes, total);
                    if (read.problem() != null && RejectReasons.UNDECODABLE.equals(read.problem().reason())) {
                        problem = read.problem().getMessage();
                        break;
                    }
                    entries.add(read);
                }
            }
        } catch (IOException | RuntimeException e) {
            problem = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        if (entries.isEmpty()) {
            throw new RejectedInputException(RejectReasons.UNDECODABLE, "corrupt zip archive: "
                    + (problem != null ? problem : "no central directory and no readable entry"));
        }
        return new Archive(entries, problem == null ? "no central directory (archive cut short?)" : problem);
    }

    private static Entry entry(String name, InputStream in, long maxBytes, long[] total) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            copy(in, out, maxBytes - total[0], "zip entries");
            total[0] += out.size();
            return new Entry(name, out.toByteArray(), null);
        } catch (RejectedInputException e) {
            total[0] = maxBytes;
            return new Entry(name, null, new RejectedInputException(e.reason(), e.getMessage() + " (limit for the whole archive: " + maxBytes + " bytes)"));
        } catch (IOException | RuntimeException e) {
            return new Entry(name, null, new RejectedInputException(RejectReasons.UNDECODABLE,
                    "corrupt zip entry: " + e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }

    private static void copy(InputStream in, ByteArrayOutputStream out, long maxBytes, String what) throws IOException, RejectedInputException {
        // Small reads: a read that hits the cut throws, and what it had decoded is lost with it.
        byte[] buf = new byte[1024];
        int n;
        while ((n = in.read(buf)) > 0) {
            out.write(buf, 0, n);
            if (out.size() > maxBytes) {
                throw new RejectedInputException(RejectReasons.TOO_LARGE, what + " exceeds the size limit of " + Math.max(0, maxBytes) + " bytes");
            }
        }
    }

    private static boolean starts(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != (prefix[i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }
}

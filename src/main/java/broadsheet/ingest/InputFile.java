package broadsheet.ingest;

import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A file to read: its full path and size. Listed by Broadsheet itself rather than by a Spark file source,
 * which silently drops empty files: every file, empty ones too, must end up in articles or rejects.
 */
public class InputFile implements Serializable {
    private String path;
    private long length;

    public InputFile() {
    }

    public InputFile(String path, long length) {
        this.path = path;
        this.length = length;
    }

    /**
     * The visible files under a root, sorted by path, how many hidden files were left out, and what the walk
     * noticed (a directory reached twice, the output directory skipped) as {@code warnings} records.
     */
    public record Listing(List<InputFile> files, long hidden, List<IngestRecord> warnings) {
    }

    public static Listing list(FileSystem fs, Path root) throws IOException {
        return list(fs, root, List.of());
    }

    /**
     * Every visible file under {@code root}, recursively, sorted by path, in one walk of plain
     * {@code listStatus} calls. Not {@code FileSystem.listFiles}: its {@code LocatedFileStatus} copies each
     * file's permissions, which Hadoop's local file system gets by forking a shell per file (about 12 ms a file,
     * 10 s for 800 files). Each directory is listed once, by its real path on a local file system (a symlink
     * {@code loop/up -> ..} once made a run list 1,025 files for 25); directories in {@code excluded} (the run's
     * own output) are not entered.
     */
    public static Listing list(FileSystem fs, Path root, List<Path> excluded) throws IOException {
        Walk walk = new Walk(fs, excluded);
        FileStatus top = fs.getFileStatus(root);
        if (top.isFile()) {
            walk.files.add(new InputFile(top.getPath().toString(), top.getLen()));
        } else {
            walk.dir(top.getPath(), false, new ArrayDeque<>());
        }
        walk.files.sort(Comparator.comparing(InputFile::getPath));
        return new Listing(walk.files, walk.hidden, walk.warnings);
    }

    private static final class Walk {
        final FileSystem fs;
        final List<InputFile> files = new ArrayList<>();
        final List<IngestRecord> warnings = new ArrayList<>();
        final Map<String, String> seen = new HashMap<>();
        final Set<String> excluded = new HashSet<>();
        long hidden;

        Walk(FileSystem fs, List<Path> excludedDirs) {
            this.fs = fs;
            for (Path p : excludedDirs) {
                try {
                    excluded.add(identity(fs.makeQualified(p)));
                } catch (IllegalArgumentException otherFileSystem) {
                    // an output on another file system cannot be inside the input
                }
            }
        }

        void dir(Path dir, boolean insideHidden, Deque<String> ancestors) throws IOException {
            String id = identity(dir);
            if (excluded.contains(id)) {
                warnings.add(IngestRecord.warning(dir.toString(), null, WarningReasons.OUTPUT_SKIPPED,
                        "the run's --output directory is inside --input: not read as input"));
                return;
            }
            String first = seen.putIfAbsent(id, dir.toString());
            if (first != null) {
                boolean loop = ancestors.contains(id);
                warnings.add(IngestRecord.warning(dir.toString(), null, loop ? WarningReasons.DIRECTORY_LOOP : WarningReasons.DIRECTORY_SEEN_TWICE,
                        (loop ? "a link back to its own ancestor " : "the same directory as ") + first + ", already listed: not listed again"));
                return;
            }
            FileStatus[] children = fs.listStatus(dir);
            Arrays.sort(children, Comparator.comparing(s -> s.getPath().getName()));
            ancestors.push(id);
            for (FileStatus child : children) {
                boolean hiddenHere = insideHidden || isHiddenName(child.getPath().getName());
                if (child.isDirectory()) {
                    dir(child.getPath(), hiddenHere, ancestors);
                } else if (hiddenHere) {
                    hidden++;
                } else {
                    files.add(new InputFile(child.getPath().toString(), child.getLen()));
                }
            }
            ancestors.pop();
        }

        /** The real path on a local file system (symlinks resolved); elsewhere the qualified path itself. */
        private String identity(Path dir) {
            URI uri = dir.toUri();
            if ("file".equals(uri.getScheme())) {
                try {
                    return java.nio.file.Path.of(uri).toRealPath().toString();
                } catch (IOException | RuntimeException e) {
                    return uri.toString();
                }
            }
            return uri.toString();
        }
    }

    /** Like Spark and Hadoop: a name starting with '.' or '_' (checksums, _SUCCESS, editor files) is not data. */
    static boolean isHiddenName(String name) {
        return name.startsWith(".") || name.startsWith("_");
    }

    public String getPath() { return path; }
    public void setPath(String path) { this.path = path; }
    public long getLength() { return length; }
    public void setLength(long length) { this.length = length; }
}

package broadsheet.ingest;

import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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

    /** Every visible file under {@code root}, recursively, sorted by path. */
    public static List<InputFile> list(FileSystem fs, Path root) throws IOException {
        List<InputFile> files = new ArrayList<>();
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
        while (it.hasNext()) {
            LocatedFileStatus status = it.next();
            if (isVisible(root, status.getPath())) {
                files.add(new InputFile(status.getPath().toString(), status.getLen()));
            }
        }
        files.sort(Comparator.comparing(InputFile::getPath));
        return files;
    }

    /** How many files were left out as hidden, for the run summary. */
    public static long skipped(FileSystem fs, Path root) throws IOException {
        long n = 0;
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
        while (it.hasNext()) {
            if (!isVisible(root, it.next().getPath())) {
                n++;
            }
        }
        return n;
    }

    /** Like Spark and Hadoop: a name starting with '.' or '_' (checksums, _SUCCESS, editor files) is not data. */
    static boolean isVisible(Path root, Path file) {
        String rootPath = root.toUri().getPath();
        for (Path p = file; p != null && !p.toUri().getPath().equals(rootPath) && p.getParent() != null; p = p.getParent()) {
            String name = p.getName();
            if (name.startsWith(".") || name.startsWith("_")) {
                return false;
            }
        }
        return true;
    }

    public String getPath() { return path; }
    public void setPath(String path) { this.path = path; }
    public long getLength() { return length; }
    public void setLength(long length) { this.length = length; }
}

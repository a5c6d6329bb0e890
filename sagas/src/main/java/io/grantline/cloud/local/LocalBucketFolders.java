package io.grantline.cloud.local;

import io.grantline.cloud.CloudRequestFailedException;
import io.grantline.cloud.CloudResourceNotFoundException;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;

/**
 * S3 as the local cloud keeps it: each bucket is a folder under one root, each object a file in it, each prefix a
 * folder. Names are checked so that no bucket name or key leads outside its bucket's folder.
 */
public class LocalBucketFolders {

    private static final Pattern BUCKET_NAME = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
    private static final String SCHEME = "s3://";

    private final Path root;

    public LocalBucketFolders(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** An S3 location split into its bucket and the folder it names. */
    record Location(String bucketName, String prefix, Path folder) {
    }

    public boolean exists(String bucketName) {
        return Files.isDirectory(bucket(bucketName));
    }

    /** Makes the bucket's folder, as a stack creating the bucket does; an existing one is kept as it is. */
    public void create(String bucketName) {
        try {
            Files.createDirectories(bucket(bucketName));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not make the folder of local bucket " + bucketName, e);
        }
    }

    Path existingBucket(String bucketName) {
        Path bucket = bucket(bucketName);
        if (!Files.isDirectory(bucket)) {
            throw new CloudResourceNotFoundException("The specified bucket does not exist: " + bucketName);
        }
        return bucket;
    }

    /** The folder of a prefix ({@code a/b} or {@code a/b/}) in an existing bucket. */
    Path prefixFolder(String bucketName, String prefix) {
        Path bucket = existingBucket(bucketName);
        String relative = trimSlashes(prefix);
        return relative.isEmpty() ? bucket : inside(bucket, relative);
    }

    /** The file of an object in an existing bucket. */
    Path objectFile(String bucketName, String key) {
        Path bucket = existingBucket(bucketName);
        if (key == null || key.isBlank() || key.endsWith("/")) {
            throw new CloudRequestFailedException("Not an object key: " + key);
        }
        return inside(bucket, key);
    }

    /** Writes an object, replacing it whole: a reader sees the old content or the new, never part of it. */
    void write(String bucketName, String key, byte[] content) {
        Path file = objectFile(bucketName, key);
        try {
            Files.createDirectories(file.getParent());
            Path partial = Files.createTempFile(file.getParent(), ".upload-", ".partial");
            Files.write(partial, content);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write s3://" + bucketName + "/" + key, e);
        }
    }

    void write(String bucketName, String key, String content) {
        write(bucketName, key, content.getBytes(StandardCharsets.UTF_8));
    }

    /** The bucket and folder of {@code s3://bucket/prefix}; the bucket must exist, the prefix need not. */
    Location locate(String s3Location) {
        if (s3Location == null || !s3Location.startsWith(SCHEME)) {
            throw new CloudRequestFailedException("Not an S3 location: " + s3Location);
        }
        String path = s3Location.substring(SCHEME.length());
        int slash = path.indexOf('/');
        String bucketName = slash < 0 ? path : path.substring(0, slash);
        String prefix = slash < 0 ? "" : trimSlashes(path.substring(slash + 1));
        return new Location(bucketName, prefix, prefixFolder(bucketName, prefix));
    }

    /** The S3 location of a folder inside a bucket, ending with a slash as Glue writes table locations. */
    String locationOf(String bucketName, Path folder) {
        Path relative = bucket(bucketName).relativize(folder);
        String prefix = relative.toString().replace(File.separatorChar, '/');
        return SCHEME + bucketName + "/" + (prefix.isEmpty() ? "" : prefix + "/");
    }

    /** Where a file sits, as an S3 URI, for messages about it. */
    String uriOf(String bucketName, Path file) {
        return SCHEME + bucketName + "/"
                + bucket(bucketName).relativize(file).toString().replace(File.separatorChar, '/');
    }

    private Path bucket(String bucketName) {
        if (bucketName == null || !BUCKET_NAME.matcher(bucketName).matches() || bucketName.contains("..")) {
            throw new CloudRequestFailedException("The specified bucket is not valid: " + bucketName);
        }
        return root.resolve(bucketName);
    }

    private static Path inside(Path bucket, String relative) {
        for (String segment : relative.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..") || segment.indexOf('\\') >= 0
                    || segment.indexOf('\0') >= 0) {
                throw new CloudRequestFailedException("The local cloud keeps no object or prefix named " + relative);
            }
        }
        Path resolved = bucket.resolve(relative).normalize();
        if (!resolved.startsWith(bucket)) {
            throw new CloudRequestFailedException("The local cloud keeps no object or prefix named " + relative);
        }
        return resolved;
    }

    private static String trimSlashes(String value) {
        String trimmed = value == null ? "" : value;
        while (trimmed.startsWith("/")) {
            trimmed = trimmed.substring(1);
        }
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }
}

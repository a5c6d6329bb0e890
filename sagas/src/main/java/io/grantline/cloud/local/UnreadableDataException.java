package io.grantline.cloud.local;

import java.nio.file.Path;

/** A data file that cannot be read as its extension says: where, and what is wrong. */
final class UnreadableDataException extends RuntimeException {

    private final transient Path file;
    private final String problem;

    UnreadableDataException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
        this.problem = problem;
    }

    Path file() {
        return file;
    }

    String problem() {
        return problem;
    }
}

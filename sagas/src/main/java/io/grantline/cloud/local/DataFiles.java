package io.grantline.cloud.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The data files of a table's folder: {@code .csv}, {@code .jsonl} and {@code .json} (JSON lines) files at any depth,
 * in name order; names starting with {@code .} or {@code _} are skipped, as Hive and Glue skip them.
 */
final class DataFiles {

    static final String CSV = "csv";
    static final String JSON = "json";

    private DataFiles() {
    }

    static List<Path> under(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(path -> Files.isRegularFile(path) && classificationOf(path) != null
                            && !hidden(folder.relativize(path)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list the local folder " + folder, e);
        }
    }

    /** Whether the folder itself (not its subfolders) holds data files. */
    static boolean holdsDataDirectly(Path folder) {
        return under(folder).stream().anyMatch(file -> file.getParent().equals(folder));
    }

    /** Glue's classification of a data file ({@value #CSV} or {@value #JSON}), null when it is no data file. */
    static String classificationOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return CSV;
        }
        if (name.endsWith(".jsonl") || name.endsWith(".json")) {
            return JSON;
        }
        return null;
    }

    /** Reads one file until the visitor stops; answers false when it stopped. */
    static boolean read(Path file, RowVisitor visitor) {
        return CSV.equals(classificationOf(file)) ? CsvReader.read(file, visitor)
                : JsonRecordsReader.read(file, visitor);
    }

    /** Reads the files one after the other until the visitor stops. */
    static void readAll(List<Path> files, RowVisitor visitor) {
        for (Path file : files) {
            if (!read(file, visitor)) {
                return;
            }
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.startsWith(".") || name.startsWith("_")) {
                return true;
            }
        }
        return false;
    }
}

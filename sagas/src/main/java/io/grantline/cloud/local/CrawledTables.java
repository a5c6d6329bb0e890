package io.grantline.cloud.local;

import io.grantline.api.dataset.CatalogTable;
import io.grantline.api.dataset.CatalogTable.CatalogColumn;
import io.grantline.cloud.local.LocalBucketFolders.Location;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The tables a crawl of an S3 location finds: one per top-level prefix holding data files (or, when the location
 * is itself a prefix holding data files, one for it), named after the prefix in lower case with anything but
 * letters and digits as {@code _}, with the columns and types {@link TableSchema} infers.
 */
final class CrawledTables {

    private CrawledTables() {
    }

    static List<CatalogTable> at(LocalBucketFolders folders, Location target) {
        List<CatalogTable> tables = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Path folder : tableFolders(target)) {
            List<Path> files = DataFiles.under(folder);
            List<CatalogColumn> columns = TableSchema.of(files).columns();
            if (columns.isEmpty()) {
                continue;
            }
            String name = uniqueName(tableName(folder), names);
            tables.add(new CatalogTable(name, folders.locationOf(target.bucketName(), folder),
                    properties(files), columns));
        }
        return tables;
    }

    static String tableName(Path folder) {
        return folder.getFileName().toString().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_");
    }

    private static List<Path> tableFolders(Location target) {
        if (!target.prefix().isEmpty() && DataFiles.holdsDataDirectly(target.folder())) {
            return List.of(target.folder());
        }
        if (!Files.isDirectory(target.folder())) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(target.folder())) {
            return children.filter(Files::isDirectory)
                    .filter(folder -> !folder.getFileName().toString().startsWith(".")
                            && !folder.getFileName().toString().startsWith("_"))
                    .filter(folder -> !DataFiles.under(folder).isEmpty())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list the local folder " + target.folder(), e);
        }
    }

    private static Map<String, String> properties(List<Path> files) {
        Map<String, String> properties = new LinkedHashMap<>();
        String classification = DataFiles.classificationOf(files.get(0));
        properties.put("classification", classification);
        if (DataFiles.CSV.equals(classification)) {
            properties.put("delimiter", String.valueOf(CsvReader.delimiterOf(files.get(0))));
            properties.put("skip.header.line.count", "1");
        }
        properties.put("typeOfData", "file");
        properties.put("compressionType", "none");
        properties.put("objectCount", String.valueOf(files.size()));
        return properties;
    }

    private static String uniqueName(String name, Set<String> taken) {
        String unique = name;
        for (int n = 2; !taken.add(unique); n++) {
            unique = name + "_" + n;
        }
        return unique;
    }
}

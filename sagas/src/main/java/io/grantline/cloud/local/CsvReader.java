package io.grantline.cloud.local;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CSV files as Glue's CSV classifier reads them: UTF-8, a header line naming the columns, the delimiter the header
 * uses most (comma, semicolon, tab or pipe), fields quoted with double quotes (doubled inside), empty fields null.
 */
final class CsvReader {

    private static final char[] DELIMITERS = {',', ';', '\t', '|'};
    private static final char BOM = '\uFEFF';

    private CsvReader() {
    }

    /** The delimiter of the file, as its header line shows it. */
    static char delimiterOf(Path file) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            char best = DELIMITERS[0];
            int bestCount = 0;
            for (char delimiter : DELIMITERS) {
                int count = countOutsideQuotes(header == null ? "" : header, delimiter);
                if (count > bestCount) {
                    best = delimiter;
                    bestCount = count;
                }
            }
            return best;
        } catch (CharacterCodingException e) {
            throw new UnreadableDataException(file, "not UTF-8 text", e);
        } catch (IOException e) {
            throw new UnreadableDataException(file, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** Reads the file until the visitor stops; answers false when it stopped. */
    static boolean read(Path file, RowVisitor visitor) {
        char delimiter = delimiterOf(file);
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Records records = new Records(new PushbackReader(in), delimiter, file);
            List<String> header = records.next();
            if (header == null) {
                return true;
            }
            List<String> names = columnNames(header);
            visitor.header(names);
            for (List<String> record = records.next(); record != null; record = records.next()) {
                if (record.size() == 1 && record.get(0).isEmpty()) {
                    continue;
                }
                Map<String, Cell> row = new LinkedHashMap<>();
                for (int i = 0; i < names.size(); i++) {
                    row.put(names.get(i), i < record.size() ? Cell.plain(record.get(i)) : Cell.NULL);
                }
                if (!visitor.row(row)) {
                    return false;
                }
            }
            return true;
        } catch (CharacterCodingException e) {
            throw new UnreadableDataException(file, "not UTF-8 text", e);
        } catch (IOException e) {
            throw new UnreadableDataException(file, "cannot be read: " + e.getMessage(), e);
        }
    }

    // blank names become col<n> and repeated ones get a suffix, as Glue names them
    private static List<String> columnNames(List<String> header) {
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).trim();
            if (i == 0 && !name.isEmpty() && name.charAt(0) == BOM) {
                name = name.substring(1).trim();
            }
            if (name.isEmpty()) {
                name = "col" + i;
            }
            String unique = name;
            for (int n = 2; !seen.add(unique); n++) {
                unique = name + "_" + n;
            }
            names.add(unique);
        }
        return names;
    }

    private static int countOutsideQuotes(String line, char delimiter) {
        int count = 0;
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == delimiter && !quoted) {
                count++;
            }
        }
        return count;
    }

    /** The records of a CSV text; a quoted field may hold delimiters, quotes (doubled) and line breaks. */
    private static final class Records {

        private final PushbackReader in;
        private final char delimiter;
        private final Path file;
        private int line = 1;

        Records(PushbackReader in, char delimiter, Path file) {
            this.in = in;
            this.delimiter = delimiter;
            this.file = file;
        }

        List<String> next() throws IOException {
            int c = in.read();
            if (c == -1) {
                return null;
            }
            int startLine = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean fieldStart = true;
            while (true) {
                if (quoted) {
                    if (c == -1) {
                        throw new UnreadableDataException(file, "line " + startLine + ": a quoted field is not closed",
                                null);
                    }
                    if (c == '"') {
                        int following = in.read();
                        if (following == '"') {
                            field.append('"');
                        } else {
                            quoted = false;
                            unread(following);
                        }
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        field.append((char) c);
                    }
                } else if (c == -1 || c == '\n' || c == '\r') {
                    if (c == '\r') {
                        int following = in.read();
                        if (following != '\n') {
                            unread(following);
                        }
                    }
                    if (c != -1) {
                        line++;
                    }
                    fields.add(field.toString());
                    return fields;
                } else if (c == delimiter) {
                    fields.add(field.toString());
                    field.setLength(0);
                    fieldStart = true;
                    c = in.read();
                    continue;
                } else if (c == '"' && fieldStart) {
                    quoted = true;
                } else {
                    field.append((char) c);
                }
                fieldStart = false;
                c = in.read();
            }
        }

        private void unread(int c) throws IOException {
            if (c != -1) {
                in.unread(c);
            }
        }
    }
}

package io.grantline.cloud.local;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grantline.api.dataset.CatalogTable;
import io.grantline.api.dataset.CatalogTable.CatalogColumn;
import io.grantline.cloud.AccountAccess;
import io.grantline.cloud.CloudResourceNotFoundException;
import io.grantline.cloud.GlueCatalog;
import io.grantline.cloud.local.LocalCloudFaults.Operation;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The Glue data catalog of the local cloud, in PostgreSQL: databases (of deployed stacks, or made by hand for
 * imported datasets) and the tables crawlers write into them. Names are kept in lower case, as Glue keeps them.
 */
public class LocalGlueCatalog implements GlueCatalog {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcTemplate jdbc;
    private final AccountAccess accountAccess;
    private final LocalCloudFaults faults;
    private final Clock clock;

    public LocalGlueCatalog(JdbcTemplate jdbc, AccountAccess accountAccess, LocalCloudFaults faults, Clock clock) {
        this.jdbc = jdbc;
        this.accountAccess = accountAccess;
        this.faults = faults;
        this.clock = clock;
    }

    @Override
    public boolean databaseExists(String accountId, String region, String databaseName) {
        accountAccess.assumePivotRole(accountId, region);
        faults.raiseIfInjected(Operation.GET_DATABASE, accountId);
        return exists(accountId, region, databaseName);
    }

    @Override
    public List<CatalogTable> tables(String accountId, String region, String databaseName) {
        accountAccess.assumePivotRole(accountId, region);
        faults.raiseIfInjected(Operation.GET_TABLES, accountId);
        requireDatabase(accountId, region, databaseName);
        return jdbc.query("""
                select table_name, location, properties::text, columns::text from local_glue_table
                where account_id = ? and region = ? and database_name = ? order by table_name""",
                LocalGlueCatalog::table, accountId, region, lower(databaseName));
    }

    @Override
    public Optional<CatalogTable> table(String accountId, String region, String databaseName, String tableName) {
        accountAccess.assumePivotRole(accountId, region);
        faults.raiseIfInjected(Operation.GET_TABLES, accountId);
        return find(accountId, region, databaseName, tableName);
    }

    @Override
    public void updateColumnComment(String accountId, String region, String databaseName, String tableName,
                                    String columnName, String comment) {
        accountAccess.assumePivotRole(accountId, region);
        faults.raiseIfInjected(Operation.UPDATE_TABLE, accountId);
        CatalogTable table = find(accountId, region, databaseName, tableName).orElseThrow(() ->
                new CloudResourceNotFoundException("Table " + tableName + " not found in database " + databaseName));
        if (table.columns().stream().noneMatch(column -> column.name().equals(columnName))) {
            throw new CloudResourceNotFoundException("Column " + columnName + " not found in table " + tableName);
        }
        List<CatalogColumn> columns = table.columns().stream()
                .map(column -> column.name().equals(columnName)
                        ? new CatalogColumn(column.name(), column.typeName(), comment, column.columnType()) : column)
                .toList();
        jdbc.update("""
                update local_glue_table set columns = ?::jsonb, updated = ?
                where account_id = ? and region = ? and database_name = ? and table_name = ?""",
                json(columns), Timestamp.from(clock.instant()), accountId, region, lower(databaseName),
                lower(tableName));
    }

    /** Makes a database in the account, as its owner would outside the platform (for imported datasets). */
    public void createDatabase(String accountId, String region, String databaseName) {
        jdbc.update("""
                insert into local_glue_database (account_id, region, database_name, stack_id, created)
                values (?, ?, ?, null, ?) on conflict do nothing""",
                accountId, region, lower(databaseName), Timestamp.from(clock.instant()));
    }

    Optional<CatalogTable> find(String accountId, String region, String databaseName, String tableName) {
        return jdbc.query("""
                select table_name, location, properties::text, columns::text from local_glue_table
                where account_id = ? and region = ? and database_name = ? and table_name = ?""",
                LocalGlueCatalog::table, accountId, region, lower(databaseName), lower(tableName))
                .stream().findFirst();
    }

    boolean exists(String accountId, String region, String databaseName) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                select exists (select 1 from local_glue_database
                               where account_id = ? and region = ? and database_name = ?)""",
                Boolean.class, accountId, region, lower(databaseName)));
    }

    /**
     * Writes what a crawl of {@code crawledLocation} found: its tables replace those of the same name (keeping the
     * comments of columns that stay), and tables under that location it no longer found are removed.
     */
    void recordCrawl(String accountId, String region, String databaseName, String crawledLocation,
                     List<CatalogTable> found) {
        String database = lower(databaseName);
        Timestamp now = Timestamp.from(clock.instant());
        for (CatalogTable table : found) {
            List<CatalogColumn> columns = keepComments(find(accountId, region, database, table.name()), table);
            jdbc.update("""
                    insert into local_glue_table (account_id, region, database_name, table_name, location, properties,
                        columns, updated)
                    values (?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?)
                    on conflict (account_id, region, database_name, table_name) do update
                    set location = excluded.location, properties = excluded.properties, columns = excluded.columns,
                        updated = excluded.updated""",
                    accountId, region, database, lower(table.name()), table.location(), json(table.properties()),
                    json(columns), now);
        }
        Set<String> kept = found.stream().map(table -> lower(table.name())).collect(Collectors.toSet());
        List<String> gone = jdbc.query("""
                select table_name, location from local_glue_table
                where account_id = ? and region = ? and database_name = ?""",
                (rs, row) -> under(rs.getString(2), crawledLocation) && !kept.contains(rs.getString(1))
                        ? rs.getString(1) : null,
                accountId, region, database);
        gone.stream().filter(name -> name != null).forEach(name -> jdbc.update("""
                delete from local_glue_table
                where account_id = ? and region = ? and database_name = ? and table_name = ?""",
                accountId, region, database, name));
    }

    private static boolean under(String location, String crawledLocation) {
        String folder = crawledLocation.endsWith("/") ? crawledLocation : crawledLocation + "/";
        return location.startsWith(folder) || location.equals(crawledLocation);
    }

    private void requireDatabase(String accountId, String region, String databaseName) {
        if (!exists(accountId, region, databaseName)) {
            throw new CloudResourceNotFoundException("Database " + databaseName + " not found.");
        }
    }

    private static List<CatalogColumn> keepComments(Optional<CatalogTable> previous, CatalogTable table) {
        Map<String, String> comments = new HashMap<>();
        previous.ifPresent(existing -> existing.columns().stream().filter(column -> column.comment() != null)
                .forEach(column -> comments.put(column.name(), column.comment())));
        List<CatalogColumn> columns = new ArrayList<>();
        for (CatalogColumn column : table.columns()) {
            columns.add(new CatalogColumn(column.name(), column.typeName(),
                    column.comment() != null ? column.comment() : comments.get(column.name()), column.columnType()));
        }
        return columns;
    }

    private static CatalogTable table(ResultSet rs, int rowNumber) throws SQLException {
        try {
            return new CatalogTable(rs.getString(1), rs.getString(2),
                    JSON.readValue(rs.getString(3), new TypeReference<Map<String, String>>() {
                    }),
                    JSON.readValue(rs.getString(4), new TypeReference<List<CatalogColumn>>() {
                    }));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Corrupt local Glue table " + rs.getString(1), e);
        }
    }

    static String lower(String name) {
        return name == null ? null : name.toLowerCase(Locale.ROOT);
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}

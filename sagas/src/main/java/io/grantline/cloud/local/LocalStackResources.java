package io.grantline.cloud.local;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grantline.cloud.local.TemplateInterpreter.Interpreted;
import io.grantline.cloud.local.TemplateInterpreter.Resource;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The resources a deployed stack makes in the local cloud beyond its record: bucket folders, KMS aliases, Glue
 * databases, crawlers and jobs. An update drops what the template no longer has; a deletion drops what the stack
 * made, except what its template retains. Aliases and databases that existed before the stack stay its owner's.
 */
final class LocalStackResources {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ALIASES = "local_kms_alias";
    private static final String DATABASES = "local_glue_database";
    private static final String CRAWLERS = "local_glue_crawler";
    private static final String JOBS = "local_glue_job";

    private final JdbcTemplate jdbc;
    private final LocalBucketFolders folders;
    private final Clock clock;

    LocalStackResources(JdbcTemplate jdbc, LocalBucketFolders folders, Clock clock) {
        this.jdbc = jdbc;
        this.folders = folders;
        this.clock = clock;
    }

    void makeBucketFolders(Interpreted template) {
        template.bucketNames().forEach(folders::create);
    }

    void materialize(String stackId, String accountId, String region, Interpreted template) {
        Timestamp now = Timestamp.from(clock.instant());
        makeBucketFolders(template);
        dropOthers(ALIASES, "alias_name", stackId, aliases(stackId, accountId, region, template, now));
        dropOthers(DATABASES, "database_name", stackId, databases(stackId, accountId, region, template, now));
        dropOthers(CRAWLERS, "crawler_name", stackId, crawlers(stackId, accountId, region, template, now));
        dropOthers(JOBS, "job_name", stackId, jobs(stackId, accountId, region, template, now));
    }

    private List<String> aliases(String stackId, String accountId, String region, Interpreted template,
                                 Timestamp now) {
        List<String> aliases = names(template.ofType(TemplateInterpreter.KMS_ALIAS)).stream()
                .map(LocalKmsAliases::nameOf).toList();
        aliases.forEach(alias -> jdbc.update("""
                insert into local_kms_alias (account_id, region, alias_name, stack_id, created)
                values (?, ?, ?, ?, ?) on conflict do nothing""", accountId, region, alias, stackId, now));
        return aliases;
    }

    private List<String> databases(String stackId, String accountId, String region, Interpreted template,
                                   Timestamp now) {
        List<String> databases = names(template.ofType(TemplateInterpreter.GLUE_DATABASE)).stream()
                .map(LocalGlueCatalog::lower).toList();
        databases.forEach(database -> jdbc.update("""
                insert into local_glue_database (account_id, region, database_name, stack_id, created)
                values (?, ?, ?, ?, ?) on conflict do nothing""", accountId, region, database, stackId, now));
        return databases;
    }

    private List<String> crawlers(String stackId, String accountId, String region, Interpreted template,
                                  Timestamp now) {
        List<Resource> crawlers = template.ofType(TemplateInterpreter.GLUE_CRAWLER);
        crawlers.forEach(crawler -> jdbc.update("""
                insert into local_glue_crawler (account_id, region, crawler_name, database_name, target_path,
                    stack_id, created)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (account_id, region, crawler_name) do update
                set database_name = excluded.database_name, target_path = excluded.target_path,
                    stack_id = excluded.stack_id""",
                accountId, region, crawler.physicalId(),
                LocalGlueCatalog.lower(template.property(crawler, "DatabaseName").orElse("")),
                template.property(crawler, "Targets", "S3Targets", "0", "Path").orElse(""), stackId, now));
        return names(crawlers);
    }

    private List<String> jobs(String stackId, String accountId, String region, Interpreted template,
                              Timestamp now) {
        List<Resource> jobs = template.ofType(TemplateInterpreter.GLUE_JOB);
        jobs.forEach(job -> jdbc.update("""
                insert into local_glue_job (account_id, region, job_name, default_arguments, stack_id, created)
                values (?, ?, ?, ?::jsonb, ?, ?)
                on conflict (account_id, region, job_name) do update
                set default_arguments = excluded.default_arguments, stack_id = excluded.stack_id""",
                accountId, region, job.physicalId(), json(template.properties(job, "DefaultArguments")), stackId,
                now));
        return names(jobs);
    }

    /** The stack is being deleted: its resources go, but for those the template retains, which it lets go of. */
    void release(String stackId, Interpreted template, Set<String> retainedLogicalIds) {
        release(ALIASES, "alias_name", stackId, retained(template, retainedLogicalIds, TemplateInterpreter.KMS_ALIAS)
                .stream().map(LocalKmsAliases::nameOf).toList());
        release(DATABASES, "database_name", stackId, retained(template, retainedLogicalIds,
                TemplateInterpreter.GLUE_DATABASE).stream().map(LocalGlueCatalog::lower).toList());
        release(CRAWLERS, "crawler_name", stackId, retained(template, retainedLogicalIds,
                TemplateInterpreter.GLUE_CRAWLER));
        release(JOBS, "job_name", stackId, retained(template, retainedLogicalIds, TemplateInterpreter.GLUE_JOB));
    }

    private static List<String> retained(Interpreted template, Set<String> retainedLogicalIds, String... types) {
        return names(template.ofType(types).stream()
                .filter(resource -> retainedLogicalIds.contains(resource.logicalId())).toList());
    }

    private void release(String table, String nameColumn, String stackId, List<String> retained) {
        jdbc.update("update " + table + " set stack_id = null where stack_id = ? and " + nameColumn
                + " = any (?)", stackId, retained.toArray(String[]::new));
        jdbc.update("delete from " + table + " where stack_id = ?", stackId);
    }

    private void dropOthers(String table, String nameColumn, String stackId, List<String> kept) {
        jdbc.update("delete from " + table + " where stack_id = ? and not (" + nameColumn + " = any (?))",
                stackId, kept.toArray(String[]::new));
    }

    private static String json(Map<String, String> value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static List<String> names(List<Resource> resources) {
        return resources.stream().map(Resource::physicalId).toList();
    }
}

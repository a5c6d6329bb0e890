package io.grantline.cloud.local;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grantline.cloud.AccountAccess;
import io.grantline.cloud.CloudResourceNotFoundException;
import io.grantline.cloud.StackBusyException;
import io.grantline.cloud.StackDeployer;
import io.grantline.cloud.StackDeployment;
import io.grantline.cloud.StackDeployment.Operation;
import io.grantline.cloud.StackDescription;
import io.grantline.cloud.StackIds;
import io.grantline.cloud.local.TemplateInterpreter.Interpreted;
import io.grantline.cloud.local.TemplateInterpreter.Resource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * CloudFormation as the local cloud plays it: a deploy records the template's resources, takes the configured
 * time, and settles to complete or rolled back; bucket names are unique across accounts, as in S3. The resources
 * datasets use (bucket folders, KMS aliases, Glue databases, crawlers, jobs) are made as the deploy starts
 * ({@link LocalStackResources}).
 */
public class LocalStackDeployer implements StackDeployer {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STACK_TYPE = "AWS::CloudFormation::Stack";
    private static final int EVENTS_SHOWN = 50;

    private final JdbcTemplate jdbc;
    private final AccountAccess accountAccess;
    private final LocalCloudFaults faults;
    private final LocalCloudSettings settings;
    private final LocalStackResources resources;
    private final Clock clock;

    public LocalStackDeployer(JdbcTemplate jdbc, AccountAccess accountAccess, LocalCloudFaults faults,
                              LocalCloudSettings settings, LocalBucketFolders buckets, Clock clock) {
        this.jdbc = jdbc;
        this.accountAccess = accountAccess;
        this.faults = faults;
        this.settings = settings;
        this.resources = new LocalStackResources(jdbc, buckets, clock);
        this.clock = clock;
    }

    @Override
    public StackDeployment deploy(String stackName, String accountId, String region, String templateJson,
                                  Map<String, String> tags) {
        accountAccess.assumePivotRole(accountId, region);
        faults.raiseIfInjected(LocalCloudFaults.Operation.DEPLOY_STACK, accountId);
        Interpreted template = TemplateInterpreter.interpret(templateJson, accountId, region, stackName);
        String tagsJson = json(new TreeMap<>(tags));
        Optional<Row> current = findByName(accountId, region, stackName).map(this::settle);
        if (current.isPresent()) {
            Row stack = current.get();
            if (stack.inProgress()) {
                throw new StackBusyException("Stack:" + stack.stackId() + " is in " + stack.status()
                        + " state and can not be updated.");
            }
            if (!stack.creationFailed()) {
                if (stack.succeeded() && sameDeployment(stack.stackId(), templateJson, tagsJson)) {
                    // stacks deployed before buckets were folders get theirs
                    resources.makeBucketFolders(template);
                    return new StackDeployment(stack.stackId(), Operation.UPDATE, true);
                }
                start(stack.stackId(), accountId, region, Operation.UPDATE, template, templateJson, tagsJson);
                return new StackDeployment(stack.stackId(), Operation.UPDATE, false);
            }
            // CloudFormation cannot update a stack whose creation rolled back: it goes, and a new one is created.
            jdbc.update("update local_stack set status = 'DELETE_COMPLETE', final_status = 'DELETE_COMPLETE' "
                    + "where stack_id = ?", stack.stackId());
        }
        String stackId = StackIds.arn(region, accountId, stackName, UUID.randomUUID().toString());
        Timestamp now = Timestamp.from(now());
        jdbc.update("""
                insert into local_stack (stack_id, account_id, region, stack_name, status, final_status,
                    completes_at, template, tags, resources, outputs, final_outputs, created, updated)
                values (?, ?, ?, ?, 'CREATE_IN_PROGRESS', 'CREATE_IN_PROGRESS', ?, '', '{}'::jsonb, '[]'::jsonb,
                    '{}'::jsonb, '{}'::jsonb, ?, ?)""",
                stackId, accountId, region, stackName, now, now, now);
        start(stackId, accountId, region, Operation.CREATE, template, templateJson, tagsJson);
        return new StackDeployment(stackId, Operation.CREATE, false);
    }

    @Override
    public StackDescription describe(String stackId) {
        faults.raiseIfInjected(LocalCloudFaults.Operation.DESCRIBE_STACK, StackIds.accountId(stackId));
        Row stack = settle(find(stackId).orElseThrow(() -> notFound(stackId)));
        List<StackDescription.Event> events = jdbc.query("""
                select timestamp, logical_id, resource_type, status, reason from local_stack_event
                where stack_id = ? order by id desc limit ?""",
                (rs, row) -> new StackDescription.Event(rs.getTimestamp(1).toInstant(), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5)), stackId, EVENTS_SHOWN);
        return new StackDescription(stack.stackId(), stack.stackName(), stack.status(), stack.statusReason(),
                stack.outputs(), events);
    }

    @Override
    public void delete(String stackId) {
        faults.raiseIfInjected(LocalCloudFaults.Operation.DELETE_STACK, StackIds.accountId(stackId));
        Optional<Row> found = find(stackId).map(this::settle);
        if (found.isEmpty() || found.get().status().startsWith("DELETE_")) {
            return;
        }
        Instant now = now();
        jdbc.update("""
                update local_stack set status = 'DELETE_IN_PROGRESS', status_reason = 'User Initiated',
                    final_status = 'DELETE_COMPLETE', final_reason = null, completes_at = ?,
                    final_outputs = '{}'::jsonb, updated = ?
                where stack_id = ?""", Timestamp.from(now.plus(settings.deployTime())), Timestamp.from(now), stackId);
        // the stack's buckets are retained: they stay in the account, owned by no stack
        jdbc.update("update local_bucket set stack_id = null where stack_id = ?", stackId);
        String templateJson = jdbc.queryForObject("select template from local_stack where stack_id = ?",
                String.class, stackId);
        if (templateJson != null && !templateJson.isEmpty()) {
            resources.release(stackId, TemplateInterpreter.interpret(templateJson, StackIds.accountId(stackId),
                    StackIds.region(stackId), found.get().stackName()),
                    TemplateInterpreter.retainedLogicalIds(templateJson));
        }
        event(stackId, now, found.get().stackName(), STACK_TYPE, "DELETE_IN_PROGRESS", "User Initiated");
    }

    private void start(String stackId, String accountId, String region, Operation operation, Interpreted template,
                       String templateJson, String tagsJson) {
        Instant now = now();
        List<ResourceOutcome> outcomes = template.resources().stream()
                .map(resource -> new ResourceOutcome(resource, conflictOf(resource, accountId)))
                .toList();
        List<String> failed = outcomes.stream().filter(o -> o.failure() != null)
                .map(o -> o.resource().logicalId()).toList();
        String verb = operation == Operation.CREATE ? "create" : "update";
        String finalStatus = !failed.isEmpty()
                ? (operation == Operation.CREATE ? "ROLLBACK_COMPLETE" : "UPDATE_ROLLBACK_COMPLETE")
                : operation.name() + "_COMPLETE";
        String finalReason = failed.isEmpty() ? null
                : "The following resource(s) failed to " + verb + ": " + failed + ". Rollback requested by user.";
        jdbc.update("""
                update local_stack set status = ?, status_reason = 'User Initiated', final_status = ?,
                    final_reason = ?, completes_at = ?, template = ?, tags = ?::jsonb, resources = ?::jsonb,
                    final_outputs = case when ? then outputs else ?::jsonb end, updated = ?
                where stack_id = ?""",
                operation.name() + "_IN_PROGRESS", finalStatus, finalReason,
                Timestamp.from(now.plus(settings.deployTime())), templateJson, tagsJson, json(outcomes),
                !failed.isEmpty(), json(template.outputs()), Timestamp.from(now), stackId);
        if (failed.isEmpty()) {
            template.bucketNames().forEach(bucket -> jdbc.update("""
                    insert into local_bucket (bucket_name, account_id, stack_id) values (?, ?, ?)
                    on conflict (bucket_name) do update set stack_id = excluded.stack_id""",
                    bucket, accountId, stackId));
            resources.materialize(stackId, accountId, region, template);
        }
        String stackName = jdbc.queryForObject("select stack_name from local_stack where stack_id = ?",
                String.class, stackId);
        event(stackId, now, stackName, STACK_TYPE, operation.name() + "_IN_PROGRESS", "User Initiated");
    }

    private String conflictOf(Resource resource, String accountId) {
        if (!TemplateInterpreter.BUCKET.equals(resource.type())) {
            return null;
        }
        List<String> owners = jdbc.queryForList("select account_id from local_bucket where bucket_name = ?",
                String.class, resource.physicalId());
        return owners.isEmpty() || owners.get(0).equals(accountId) ? null : resource.physicalId() + " already exists";
    }

    private boolean sameDeployment(String stackId, String templateJson, String tagsJson) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select template = ? and tags = ?::jsonb from local_stack where stack_id = ?",
                Boolean.class, templateJson, tagsJson, stackId));
    }

    /** A stack whose operation has had its time settles, as describe would then show it. */
    private Row settle(Row stack) {
        Instant now = now();
        if (!stack.inProgress() || now.isBefore(stack.completesAt())) {
            return stack;
        }
        int settled = jdbc.update("""
                update local_stack set status = final_status, status_reason = final_reason,
                    outputs = final_outputs, updated = ?
                where stack_id = ? and status = ?""", Timestamp.from(now), stack.stackId(), stack.status());
        if (settled == 1) {
            recordSettlement(stack, now);
        }
        return find(stack.stackId()).orElseThrow(() -> notFound(stack.stackId()));
    }

    private void recordSettlement(Row stack, Instant now) {
        String operation = stack.status().substring(0, stack.status().indexOf('_'));
        if (!"DELETE".equals(operation)) {
            for (ResourceOutcome outcome : resources(stack.stackId())) {
                event(stack.stackId(), now, outcome.resource().logicalId(), outcome.resource().type(),
                        operation + (outcome.failure() == null ? "_COMPLETE" : "_FAILED"), outcome.failure());
            }
        }
        event(stack.stackId(), now, stack.stackName(), STACK_TYPE, stack.finalStatus(), stack.finalReason());
    }

    private List<ResourceOutcome> resources(String stackId) {
        String resources = jdbc.queryForObject("select resources::text from local_stack where stack_id = ?",
                String.class, stackId);
        try {
            return JSON.readValue(resources, new TypeReference<List<ResourceOutcome>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Corrupt resources of local stack " + stackId, e);
        }
    }

    private void event(String stackId, Instant at, String logicalId, String type, String status, String reason) {
        jdbc.update("""
                insert into local_stack_event (stack_id, timestamp, logical_id, resource_type, status, reason)
                values (?, ?, ?, ?, ?, ?)""", stackId, Timestamp.from(at), logicalId, type, status, reason);
    }

    private Optional<Row> findByName(String accountId, String region, String stackName) {
        return jdbc.query("""
                select * from local_stack where account_id = ? and region = ? and stack_name = ?
                and status <> 'DELETE_COMPLETE' order by created desc limit 1""",
                LocalStackDeployer::row, accountId, region, stackName).stream().findFirst();
    }

    private Optional<Row> find(String stackId) {
        return jdbc.query("select * from local_stack where stack_id = ?", LocalStackDeployer::row, stackId)
                .stream().findFirst();
    }

    // PostgreSQL keeps microseconds: times compared with stored ones must not be finer.
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static CloudResourceNotFoundException notFound(String stackId) {
        return new CloudResourceNotFoundException("Stack with id " + stackId + " does not exist");
    }

    private static Row row(ResultSet rs, int rowNumber) throws SQLException {
        try {
            return new Row(rs.getString("stack_id"), rs.getString("stack_name"), rs.getString("status"),
                    rs.getString("status_reason"), rs.getString("final_status"), rs.getString("final_reason"),
                    rs.getTimestamp("completes_at").toInstant(),
                    JSON.readValue(rs.getString("outputs"), new TypeReference<Map<String, String>>() {
                    }));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Corrupt outputs of local stack " + rs.getString("stack_id"), e);
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    record ResourceOutcome(Resource resource, String failure) {
    }

    private record Row(String stackId, String stackName, String status, String statusReason, String finalStatus,
                       String finalReason, Instant completesAt, Map<String, String> outputs) {

        boolean inProgress() {
            return status.endsWith("_IN_PROGRESS");
        }

        boolean succeeded() {
            return "CREATE_COMPLETE".equals(status) || "UPDATE_COMPLETE".equals(status);
        }

        boolean creationFailed() {
            return "ROLLBACK_COMPLETE".equals(status) || "ROLLBACK_FAILED".equals(status)
                    || "CREATE_FAILED".equals(status);
        }
    }
}

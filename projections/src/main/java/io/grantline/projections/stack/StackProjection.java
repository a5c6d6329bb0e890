package io.grantline.projections.stack;

import static io.grantline.projections.jooq.Tables.KEY_VALUE_TAG;
import static io.grantline.projections.jooq.Tables.STACK;
import static io.grantline.projections.jooq.Tables.STACK_LOG;
import static io.grantline.projections.support.Timestamps.text;
import static io.grantline.projections.support.Timestamps.utc;

import io.grantline.api.dataset.DatasetEvents.DatasetCreated;
import io.grantline.api.dataset.DatasetEvents.DatasetDeleted;
import io.grantline.api.dataset.DatasetEvents.DatasetStackDeploymentRequested;
import io.grantline.api.dataset.DatasetEvents.DatasetStackStatusChanged;
import io.grantline.api.environment.EnvironmentEvents.EnvironmentCreated;
import io.grantline.api.environment.EnvironmentEvents.EnvironmentDeleted;
import io.grantline.api.environment.EnvironmentEvents.EnvironmentKeyValueTagsUpdated;
import io.grantline.api.environment.EnvironmentEvents.EnvironmentStackDeploymentRequested;
import io.grantline.api.environment.EnvironmentEvents.EnvironmentStackStatusChanged;
import io.grantline.api.environment.KeyValueTag;
import io.grantline.api.environment.StackStatus;
import io.grantline.api.stack.StackNames;
import io.grantline.api.stack.StackQueries.EnvironmentStacks;
import io.grantline.api.stack.StackQueries.FindEnvironmentStacks;
import io.grantline.api.stack.StackQueries.FindStack;
import io.grantline.api.stack.StackQueries.FindTargetStacks;
import io.grantline.api.stack.StackQueries.KeyValueTagList;
import io.grantline.api.stack.StackQueries.KeyValueTagView;
import io.grantline.api.stack.StackQueries.ListKeyValueTags;
import io.grantline.api.stack.StackQueries.ListStackLogs;
import io.grantline.api.stack.StackQueries.StackLogList;
import io.grantline.api.stack.StackQueries.StackLogView;
import io.grantline.api.stack.StackQueries.StackView;
import io.grantline.api.stack.StackQueries.TargetStacks;
import io.grantline.projections.jooq.tables.records.StackRecord;
import io.grantline.projections.support.ReadModel;
import io.grantline.projections.support.JsonMaps;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * The environment and dataset stacks as the sagas report them: status, outputs and error, one log row per change,
 * and the key-value tags applied to them. Updates are keyed on the target's event sequence, so replays are harmless.
 */
@Component
@ProcessingGroup(ReadModel.PROCESSING_GROUP)
public class StackProjection {

    private static final String LOG_GROUP_PREFIX = "/grantline/stacks/";

    private final DSLContext db;

    public StackProjection(DSLContext db) {
        this.db = db;
    }

    @EventHandler
    void on(EnvironmentCreated event, @SequenceNumber long version) {
        db.insertInto(STACK)
                .set(STACK.STACK_URI, event.stackUri())
                .set(STACK.TARGET_URI, event.environmentUri())
                .set(STACK.TARGET_TYPE, StackNames.ENVIRONMENT_TARGET)
                .set(STACK.ENVIRONMENT_URI, event.environmentUri())
                .set(STACK.ACCOUNT_ID, event.awsAccountId())
                .set(STACK.REGION, event.region())
                .set(STACK.NAME, StackNames.environmentStackName(event.resourcePrefix(), event.environmentUri()))
                .set(STACK.STATUS, StackStatus.PENDING)
                .set(STACK.OUTPUTS, JsonMaps.toJsonb(Map.of()))
                .set(STACK.VERSION, version)
                .set(STACK.CREATED, utc(event.created()))
                .set(STACK.UPDATED, utc(event.created()))
                .onConflictDoNothing()
                .execute();
        log(event.stackUri(), version, event.created(), StackStatus.PENDING, null, "Environment stack registered");
    }

    @EventHandler
    void on(EnvironmentStackDeploymentRequested event, @SequenceNumber long version) {
        deploymentRequested(event.stackUri(), event.deploymentId(), event.reason(), event.requested(), version);
    }

    @EventHandler
    void on(EnvironmentStackStatusChanged event, @SequenceNumber long version) {
        statusChanged(event.stackUri(), event.deploymentId(), event.status(), event.stackId(), event.outputs(),
                event.error(), event.changed(), version);
    }

    @EventHandler
    void on(DatasetCreated event, @SequenceNumber long version) {
        db.insertInto(STACK)
                .set(STACK.STACK_URI, event.stackUri())
                .set(STACK.TARGET_URI, event.datasetUri())
                .set(STACK.TARGET_TYPE, StackNames.DATASET_TARGET)
                .set(STACK.ENVIRONMENT_URI, event.environmentUri())
                .set(STACK.ACCOUNT_ID, event.awsAccountId())
                .set(STACK.REGION, event.region())
                .set(STACK.NAME, event.stackName())
                .set(STACK.STATUS, StackStatus.PENDING)
                .set(STACK.OUTPUTS, JsonMaps.toJsonb(Map.of()))
                .set(STACK.VERSION, version)
                .set(STACK.CREATED, utc(event.created()))
                .set(STACK.UPDATED, utc(event.created()))
                .onConflictDoNothing()
                .execute();
        log(event.stackUri(), version, event.created(), StackStatus.PENDING, null, "Dataset stack registered");
    }

    @EventHandler
    void on(DatasetStackDeploymentRequested event, @SequenceNumber long version) {
        deploymentRequested(event.stackUri(), event.deploymentId(), event.reason(), event.requested(), version);
    }

    @EventHandler
    void on(DatasetStackStatusChanged event, @SequenceNumber long version) {
        statusChanged(event.stackUri(), event.deploymentId(), event.status(), event.stackId(), event.outputs(),
                event.error(), event.changed(), version);
    }

    @EventHandler
    void on(DatasetDeleted event) {
        db.deleteFrom(STACK_LOG).where(STACK_LOG.STACK_URI.in(DSL.select(STACK.STACK_URI).from(STACK)
                .where(STACK.TARGET_URI.eq(event.datasetUri()).and(STACK.TARGET_TYPE.eq(StackNames.DATASET_TARGET)))))
                .execute();
        db.deleteFrom(STACK)
                .where(STACK.TARGET_URI.eq(event.datasetUri()).and(STACK.TARGET_TYPE.eq(StackNames.DATASET_TARGET)))
                .execute();
        db.deleteFrom(KEY_VALUE_TAG)
                .where(KEY_VALUE_TAG.TARGET_URI.eq(event.datasetUri())
                        .and(KEY_VALUE_TAG.TARGET_TYPE.eq(StackNames.DATASET_TARGET)))
                .execute();
    }

    @EventHandler
    void on(EnvironmentKeyValueTagsUpdated event, @SequenceNumber long version) {
        db.deleteFrom(KEY_VALUE_TAG)
                .where(KEY_VALUE_TAG.TARGET_URI.eq(event.environmentUri())
                        .and(KEY_VALUE_TAG.TARGET_TYPE.eq(StackNames.ENVIRONMENT_TARGET)))
                .execute();
        List<KeyValueTag> tags = event.tags() == null ? List.of() : event.tags();
        for (int position = 0; position < tags.size(); position++) {
            KeyValueTag tag = tags.get(position);
            db.insertInto(KEY_VALUE_TAG)
                    .set(KEY_VALUE_TAG.TAG_URI, tagUri(event.environmentUri(), version, position))
                    .set(KEY_VALUE_TAG.TARGET_URI, event.environmentUri())
                    .set(KEY_VALUE_TAG.TARGET_TYPE, StackNames.ENVIRONMENT_TARGET)
                    .set(KEY_VALUE_TAG.POSITION, position)
                    .set(KEY_VALUE_TAG.TAG_KEY, tag.key())
                    .set(KEY_VALUE_TAG.TAG_VALUE, tag.value() == null ? "" : tag.value())
                    .set(KEY_VALUE_TAG.CASCADE, tag.cascade())
                    .onConflictDoNothing()
                    .execute();
        }
    }

    @EventHandler
    void on(EnvironmentDeleted event) {
        db.deleteFrom(STACK_LOG).where(STACK_LOG.STACK_URI.in(DSL.select(STACK.STACK_URI).from(STACK)
                .where(STACK.ENVIRONMENT_URI.eq(event.environmentUri())))).execute();
        db.deleteFrom(STACK).where(STACK.ENVIRONMENT_URI.eq(event.environmentUri())).execute();
        db.deleteFrom(KEY_VALUE_TAG).where(KEY_VALUE_TAG.TARGET_URI.eq(event.environmentUri())).execute();
    }

    @ResetHandler
    void reset() {
        db.deleteFrom(STACK_LOG).execute();
        db.deleteFrom(STACK).execute();
        db.deleteFrom(KEY_VALUE_TAG).execute();
    }

    @QueryHandler
    StackView handle(FindStack query) {
        return db.selectFrom(STACK)
                .where(STACK.TARGET_URI.eq(query.targetUri()).and(STACK.TARGET_TYPE.eq(query.targetType())))
                .fetchOptional(StackProjection::view)
                .orElse(null);
    }

    @QueryHandler
    EnvironmentStacks handle(FindEnvironmentStacks query) {
        Map<String, StackView> stacks = db.selectFrom(STACK)
                .where(STACK.ENVIRONMENT_URI.in(query.environmentUris())
                        .and(STACK.TARGET_TYPE.eq(StackNames.ENVIRONMENT_TARGET)))
                .fetch(StackProjection::view).stream()
                .collect(Collectors.toMap(StackView::environmentUri, Function.identity(), (first, second) -> first));
        return new EnvironmentStacks(stacks);
    }

    @QueryHandler
    TargetStacks handle(FindTargetStacks query) {
        Map<String, StackView> stacks = db.selectFrom(STACK)
                .where(STACK.TARGET_URI.in(query.targetUris()).and(STACK.TARGET_TYPE.eq(query.targetType())))
                .fetch(StackProjection::view).stream()
                .collect(Collectors.toMap(StackView::targetUri, Function.identity(), (first, second) -> first));
        return new TargetStacks(stacks);
    }

    @QueryHandler
    KeyValueTagList handle(ListKeyValueTags query) {
        return new KeyValueTagList(db.selectFrom(KEY_VALUE_TAG)
                .where(KEY_VALUE_TAG.TARGET_URI.eq(query.targetUri())
                        .and(KEY_VALUE_TAG.TARGET_TYPE.eq(query.targetType())))
                .orderBy(KEY_VALUE_TAG.POSITION)
                .fetch(row -> new KeyValueTagView(row.getTagUri(), row.getTargetUri(), row.getTargetType(),
                        row.getTagKey(), row.getTagValue(), row.getCascade())));
    }

    @QueryHandler
    StackLogList handle(ListStackLogs query) {
        return new StackLogList(db.select(STACK_LOG.TIMESTAMP, STACK_LOG.STATUS, STACK_LOG.MESSAGE,
                        STACK_LOG.DEPLOYMENT_ID, STACK.NAME)
                .from(STACK_LOG).join(STACK).on(STACK.STACK_URI.eq(STACK_LOG.STACK_URI))
                .where(STACK.TARGET_URI.eq(query.targetUri()).and(STACK.TARGET_TYPE.eq(query.targetType())))
                .orderBy(STACK_LOG.VERSION)
                .fetch(row -> new StackLogView(text(row.value1()), row.value2(), row.value3(), row.value4(),
                        LOG_GROUP_PREFIX + row.value5())));
    }

    private void deploymentRequested(String stackUri, String deploymentId, String reason, Instant requested,
                                     long version) {
        db.update(STACK)
                .set(STACK.STATUS, StackStatus.PENDING)
                .set(STACK.DEPLOYMENT_ID, deploymentId)
                .set(STACK.ERROR, (String) null)
                .set(STACK.VERSION, version)
                .set(STACK.UPDATED, utc(requested))
                .where(STACK.STACK_URI.eq(stackUri).and(STACK.VERSION.lt(version)))
                .execute();
        log(stackUri, version, requested, StackStatus.PENDING, deploymentId, "Deployment requested: " + reason);
    }

    private void statusChanged(String stackUri, String deploymentId, String status, String stackId,
                               Map<String, String> outputs, String error, Instant changed, long version) {
        boolean hasOutputs = outputs != null && !outputs.isEmpty();
        db.update(STACK)
                .set(STACK.STATUS, status)
                .set(STACK.STACK_ID, DSL.coalesce(DSL.val(stackId), STACK.STACK_ID))
                .set(STACK.OUTPUTS, hasOutputs ? DSL.val(JsonMaps.toJsonb(outputs)) : STACK.OUTPUTS)
                .set(STACK.ERROR, error)
                .set(STACK.VERSION, version)
                .set(STACK.UPDATED, utc(changed))
                .where(STACK.STACK_URI.eq(stackUri).and(STACK.VERSION.lt(version))
                        // a late report of a deployment that a newer one replaced must not overwrite it
                        .and(STACK.DEPLOYMENT_ID.isNull().or(STACK.DEPLOYMENT_ID.eq(deploymentId))))
                .execute();
        String message = error == null ? "Stack " + status : status + ": " + error;
        log(stackUri, version, changed, status, deploymentId, message);
    }

    private void log(String stackUri, long version, Instant at, String status, String deploymentId,
                     String message) {
        db.insertInto(STACK_LOG)
                .set(STACK_LOG.STACK_URI, stackUri)
                .set(STACK_LOG.VERSION, version)
                .set(STACK_LOG.TIMESTAMP, utc(at == null ? Instant.EPOCH : at))
                .set(STACK_LOG.STATUS, status)
                .set(STACK_LOG.DEPLOYMENT_ID, deploymentId)
                .set(STACK_LOG.MESSAGE, message)
                .onConflictDoNothing()
                .execute();
    }

    // Stable across replays, so a rebuilt read model answers the same tag URIs.
    private static String tagUri(String targetUri, long version, int position) {
        return UUID.nameUUIDFromBytes((targetUri + "/" + version + "/" + position).getBytes(StandardCharsets.UTF_8))
                .toString().replace("-", "").substring(0, 12);
    }

    private static StackView view(StackRecord row) {
        return new StackView(row.getStackUri(), row.getTargetUri(), row.getTargetType(), row.getEnvironmentUri(),
                row.getAccountId(), row.getRegion(), row.getName(), row.getStatus(), row.getStackId(),
                JsonMaps.fromJsonb(row.getOutputs()), row.getError(), row.getDeploymentId(), text(row.getUpdated()));
    }
}

package io.grantline.projections.environment;

import static io.grantline.projections.jooq.Tables.ENVIRONMENT;
import static io.grantline.projections.jooq.Tables.ENVIRONMENT_GROUP;
import static io.grantline.projections.jooq.Tables.ORGANIZATION;
import static io.grantline.projections.support.JsonLists.fromJsonb;
import static io.grantline.projections.support.JsonLists.toJsonb;
import static io.grantline.projections.support.Timestamps.text;
import static io.grantline.projections.support.Timestamps.utc;

import io.grantline.api.Page;
import io.grantline.api.environment.EnvironmentEvents.DataSubscriptionsDisabled;
import io.grantline.api.environment.EnvironmentEvents.DataSubscriptionsEnabled;
import io.grantline.api.environment.EnvironmentEvents.EnvironmentCreated;
import io.grantline.api.environment.EnvironmentEvents.EnvironmentDeleted;
import io.grantline.api.environment.EnvironmentEvents.EnvironmentStackStatusChanged;
import io.grantline.api.environment.EnvironmentEvents.EnvironmentUpdated;
import io.grantline.api.environment.EnvironmentQueries.EnvironmentPage;
import io.grantline.api.environment.EnvironmentQueries.EnvironmentView;
import io.grantline.api.environment.EnvironmentQueries.EnvironmentViews;
import io.grantline.api.environment.EnvironmentQueries.FindEnvironment;
import io.grantline.api.environment.EnvironmentQueries.FindEnvironments;
import io.grantline.api.environment.EnvironmentQueries.FindOrganizationsSimplified;
import io.grantline.api.environment.EnvironmentQueries.ListEnvironments;
import io.grantline.api.environment.EnvironmentQueries.ListOrganizationsEnvironments;
import io.grantline.api.environment.EnvironmentQueries.OrganizationSimplifiedView;
import io.grantline.api.environment.EnvironmentQueries.OrganizationSimplifiedViews;
import io.grantline.api.environment.StackStatus;
import io.grantline.projections.jooq.tables.records.EnvironmentRecord;
import io.grantline.projections.support.ReadModel;
import io.grantline.projections.support.JsonMaps;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/** The environment read table and the environment queries it answers. */
@Component
@ProcessingGroup(ReadModel.PROCESSING_GROUP)
public class EnvironmentProjection {

    /** The stack states in which data.all counts an environment as usable (listValidEnvironments). */
    static final List<String> VALID_STACK_STATES =
            List.of(StackStatus.CREATE_COMPLETE, StackStatus.UPDATE_COMPLETE, "UPDATE_ROLLBACK_COMPLETE");

    /** The stack states that make an environment validated, once reached. */
    static final Set<String> COMPLETED_STACK_STATES = Set.of(StackStatus.CREATE_COMPLETE, StackStatus.UPDATE_COMPLETE);

    private final DSLContext db;

    public EnvironmentProjection(DSLContext db) {
        this.db = db;
    }

    @EventHandler
    void on(EnvironmentCreated event) {
        db.insertInto(ENVIRONMENT)
                .set(ENVIRONMENT.ENVIRONMENT_URI, event.environmentUri())
                .set(ENVIRONMENT.ORGANIZATION_URI, event.organizationUri())
                .set(ENVIRONMENT.LABEL, event.label())
                .set(ENVIRONMENT.NAME, event.name())
                .set(ENVIRONMENT.DESCRIPTION, event.description())
                .set(ENVIRONMENT.AWS_ACCOUNT_ID, event.awsAccountId())
                .set(ENVIRONMENT.REGION, event.region())
                .set(ENVIRONMENT.SAML_GROUP_NAME, event.samlGroupName())
                .set(ENVIRONMENT.OWNER, event.owner())
                .set(ENVIRONMENT.TAGS, toJsonb(event.tags()))
                .set(ENVIRONMENT.RESOURCE_PREFIX, event.resourcePrefix())
                .set(ENVIRONMENT.PARAMETERS, JsonMaps.toJsonb(event.parameters()))
                .set(ENVIRONMENT.DEFAULT_BUCKET_NAME, event.defaultBucketName())
                .set(ENVIRONMENT.DEFAULT_ATHENA_WORKGROUP, event.defaultAthenaWorkGroup())
                .set(ENVIRONMENT.LOGS_BUCKET_NAME, event.logsBucketName())
                .set(ENVIRONMENT.DEFAULT_IAM_ROLE_NAME, event.defaultIamRoleName())
                .set(ENVIRONMENT.DEFAULT_IAM_ROLE_ARN, event.defaultIamRoleArn())
                .set(ENVIRONMENT.DEFAULT_IAM_ROLE_IMPORTED, event.defaultIamRoleImported())
                .set(ENVIRONMENT.PERMISSIONS_BOUNDARY_POLICY_ARN, event.permissionsBoundaryPolicyArn())
                .set(ENVIRONMENT.VPC_ID, event.vpcId())
                .set(ENVIRONMENT.SUBNET_IDS, toJsonb(event.subnetIds()))
                .set(ENVIRONMENT.STACK_URI, event.stackUri())
                .set(ENVIRONMENT.STACK_STATUS, StackStatus.PENDING)
                .set(ENVIRONMENT.CREATED, utc(event.created()))
                .set(ENVIRONMENT.UPDATED, utc(event.created()))
                .onConflictDoNothing()
                .execute();
    }

    @EventHandler
    void on(EnvironmentUpdated event) {
        db.update(ENVIRONMENT)
                .set(ENVIRONMENT.LABEL, event.label())
                .set(ENVIRONMENT.DESCRIPTION, event.description())
                .set(ENVIRONMENT.TAGS, toJsonb(event.tags()))
                .set(ENVIRONMENT.SAML_GROUP_NAME, event.samlGroupName())
                .set(ENVIRONMENT.RESOURCE_PREFIX, event.resourcePrefix())
                .set(ENVIRONMENT.PARAMETERS, JsonMaps.toJsonb(event.parameters()))
                .set(ENVIRONMENT.PERMISSIONS_BOUNDARY_POLICY_ARN, event.permissionsBoundaryPolicyArn())
                .set(ENVIRONMENT.VPC_ID, event.vpcId())
                .set(ENVIRONMENT.SUBNET_IDS, toJsonb(event.subnetIds()))
                .set(ENVIRONMENT.UPDATED, utc(event.updated()))
                .where(ENVIRONMENT.ENVIRONMENT_URI.eq(event.environmentUri()))
                .execute();
    }

    @EventHandler
    void on(EnvironmentDeleted event) {
        db.update(ENVIRONMENT)
                .set(ENVIRONMENT.DELETED, utc(event.deleted()))
                .set(ENVIRONMENT.UPDATED, utc(event.deleted()))
                .where(ENVIRONMENT.ENVIRONMENT_URI.eq(event.environmentUri()))
                .execute();
    }

    @EventHandler
    void on(DataSubscriptionsEnabled event) {
        db.update(ENVIRONMENT)
                .set(ENVIRONMENT.SUBSCRIPTIONS_ENABLED, true)
                .set(ENVIRONMENT.PRODUCERS_TOPIC_NAME, event.producersTopicName())
                .set(ENVIRONMENT.PRODUCERS_TOPIC_IMPORTED, event.producersTopicImported())
                .set(ENVIRONMENT.CONSUMERS_TOPIC_NAME, event.consumersTopicName())
                .set(ENVIRONMENT.CONSUMERS_TOPIC_IMPORTED, false)
                .where(ENVIRONMENT.ENVIRONMENT_URI.eq(event.environmentUri()))
                .execute();
    }

    @EventHandler
    void on(DataSubscriptionsDisabled event) {
        db.update(ENVIRONMENT)
                .set(ENVIRONMENT.SUBSCRIPTIONS_ENABLED, false)
                .setNull(ENVIRONMENT.PRODUCERS_TOPIC_NAME)
                .set(ENVIRONMENT.PRODUCERS_TOPIC_IMPORTED, false)
                .setNull(ENVIRONMENT.CONSUMERS_TOPIC_NAME)
                .set(ENVIRONMENT.CONSUMERS_TOPIC_IMPORTED, false)
                .where(ENVIRONMENT.ENVIRONMENT_URI.eq(event.environmentUri()))
                .execute();
    }

    @EventHandler
    void on(EnvironmentStackStatusChanged event) {
        boolean completed = COMPLETED_STACK_STATES.contains(event.status());
        db.update(ENVIRONMENT)
                .set(ENVIRONMENT.STACK_STATUS, event.status())
                .set(ENVIRONMENT.VALIDATED, completed ? DSL.val(true) : ENVIRONMENT.VALIDATED)
                .where(ENVIRONMENT.ENVIRONMENT_URI.eq(event.environmentUri()))
                .execute();
    }

    @ResetHandler
    void reset() {
        db.deleteFrom(ENVIRONMENT).execute();
    }

    @QueryHandler
    EnvironmentView handle(FindEnvironment query) {
        List<EnvironmentView> found = views(db.selectFrom(ENVIRONMENT)
                .where(ENVIRONMENT.ENVIRONMENT_URI.eq(query.environmentUri()).and(ENVIRONMENT.DELETED.isNull()))
                .fetch());
        return found.isEmpty() ? null : found.get(0);
    }

    @QueryHandler
    EnvironmentViews handle(FindEnvironments query) {
        return new EnvironmentViews(views(db.selectFrom(ENVIRONMENT)
                .where(ENVIRONMENT.ENVIRONMENT_URI.in(query.environmentUris()).and(ENVIRONMENT.DELETED.isNull()))
                .fetch()));
    }

    @QueryHandler
    EnvironmentViews handle(ListOrganizationsEnvironments query) {
        return new EnvironmentViews(views(db.selectFrom(ENVIRONMENT)
                .where(ENVIRONMENT.ORGANIZATION_URI.in(query.organizationUris()).and(ENVIRONMENT.DELETED.isNull()))
                .orderBy(ENVIRONMENT.LABEL, ENVIRONMENT.ENVIRONMENT_URI)
                .fetch()));
    }

    @QueryHandler
    EnvironmentPage handle(ListEnvironments query) {
        Condition teamOfCaller = DSL.exists(DSL.selectOne().from(ENVIRONMENT_GROUP)
                .where(ENVIRONMENT_GROUP.ENVIRONMENT_URI.eq(ENVIRONMENT.ENVIRONMENT_URI)
                        .and(ENVIRONMENT_GROUP.GROUP_URI.in(query.groups()))));
        Condition condition = ENVIRONMENT.DELETED.isNull()
                .and(ENVIRONMENT.OWNER.eq(query.username()).or(teamOfCaller));
        if (query.term() != null && !query.term().isBlank()) {
            String like = "%" + query.term().trim() + "%";
            condition = condition.and(ENVIRONMENT.LABEL.likeIgnoreCase(like)
                    .or(ENVIRONMENT.DESCRIPTION.likeIgnoreCase(like))
                    .or(DSL.cast(ENVIRONMENT.TAGS, String.class).likeIgnoreCase(like))
                    .or(ENVIRONMENT.REGION.likeIgnoreCase(like)));
        }
        if (query.samlGroupName() != null && query.groups().contains(query.samlGroupName())) {
            condition = condition.and(DSL.exists(DSL.selectOne().from(ENVIRONMENT_GROUP)
                    .where(ENVIRONMENT_GROUP.ENVIRONMENT_URI.eq(ENVIRONMENT.ENVIRONMENT_URI)
                            .and(ENVIRONMENT_GROUP.GROUP_URI.eq(query.samlGroupName())))));
        }
        if (query.validOnly()) {
            condition = condition.and(ENVIRONMENT.STACK_STATUS.in(VALID_STACK_STATES));
        }
        int count = db.fetchCount(ENVIRONMENT, condition);
        List<EnvironmentView> nodes = views(db.selectFrom(ENVIRONMENT).where(condition)
                .orderBy(ENVIRONMENT.LABEL, ENVIRONMENT.ENVIRONMENT_URI)
                .limit(query.pageSize()).offset(Page.offset(query.page(), query.pageSize()))
                .fetch());
        return new EnvironmentPage(new Page<>(nodes, count, query.page(), query.pageSize()));
    }

    @QueryHandler
    OrganizationSimplifiedViews handle(FindOrganizationsSimplified query) {
        return new OrganizationSimplifiedViews(db.select(ORGANIZATION.ORGANIZATION_URI, ORGANIZATION.LABEL,
                        ORGANIZATION.NAME)
                .from(ORGANIZATION)
                .where(ORGANIZATION.ORGANIZATION_URI.in(query.organizationUris()))
                .fetch(row -> new OrganizationSimplifiedView(row.value1(), row.value2(), row.value3())));
    }

    /** The rows as views, each with its teams, read in one query for all of them. */
    private List<EnvironmentView> views(List<EnvironmentRecord> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<String>> teams = new LinkedHashMap<>();
        db.select(ENVIRONMENT_GROUP.ENVIRONMENT_URI, ENVIRONMENT_GROUP.GROUP_URI).from(ENVIRONMENT_GROUP)
                .where(ENVIRONMENT_GROUP.ENVIRONMENT_URI.in(rows.stream().map(EnvironmentRecord::getEnvironmentUri)
                        .toList()))
                .orderBy(ENVIRONMENT_GROUP.GROUP_URI)
                .forEach(row -> teams.computeIfAbsent(row.value1(), uri -> new ArrayList<>()).add(row.value2()));
        return rows.stream().map(row -> view(row, teams.getOrDefault(row.getEnvironmentUri(), List.of()))).toList();
    }

    private static EnvironmentView view(EnvironmentRecord row, List<String> teams) {
        return new EnvironmentView(row.getEnvironmentUri(), row.getOrganizationUri(), row.getLabel(), row.getName(),
                row.getDescription(), row.getAwsAccountId(), row.getRegion(), row.getSamlGroupName(),
                row.getOwner(), fromJsonb(row.getTags()), row.getResourcePrefix(),
                JsonMaps.fromJsonb(row.getParameters()), row.getDefaultIamRoleName(), row.getDefaultIamRoleArn(),
                row.getDefaultIamRoleImported(), row.getDefaultBucketName(), row.getDefaultAthenaWorkgroup(),
                row.getLogsBucketName(), row.getPermissionsBoundaryPolicyArn(), row.getVpcId(),
                fromJsonb(row.getSubnetIds()), row.getSubscriptionsEnabled(), row.getProducersTopicName(),
                row.getProducersTopicImported(), row.getConsumersTopicName(), row.getConsumersTopicImported(),
                row.getStackUri(), row.getStackStatus(), row.getValidated(),
                row.getValidated() && !row.getDefaultIamRoleImported(), List.copyOf(teams), text(row.getCreated()),
                text(row.getUpdated()), text(row.getDeleted()));
    }
}

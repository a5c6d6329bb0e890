package io.grantline.projections.organization;

import static io.grantline.projections.jooq.Tables.ENVIRONMENT;
import static io.grantline.projections.jooq.Tables.GROUP_MEMBER;
import static io.grantline.projections.jooq.Tables.ORGANIZATION;
import static io.grantline.projections.jooq.Tables.ORGANIZATION_GROUP;
import static io.grantline.projections.support.JsonLists.fromJsonb;
import static io.grantline.projections.support.JsonLists.toJsonb;
import static io.grantline.projections.support.Timestamps.text;
import static io.grantline.projections.support.Timestamps.utc;

import io.grantline.api.Page;
import io.grantline.api.permission.ResourcePermissions;
import io.grantline.api.organization.OrganizationEvents.GroupInvitedToOrganization;
import io.grantline.api.organization.OrganizationEvents.GroupRemovedFromOrganization;
import io.grantline.api.organization.OrganizationEvents.OrganizationArchived;
import io.grantline.api.organization.OrganizationEvents.OrganizationCreated;
import io.grantline.api.organization.OrganizationEvents.OrganizationGroupPermissionsUpdated;
import io.grantline.api.organization.OrganizationEvents.OrganizationUpdated;
import io.grantline.api.organization.OrganizationQueries.FindOrganization;
import io.grantline.api.organization.OrganizationQueries.FindOrganizationGroup;
import io.grantline.api.organization.OrganizationQueries.ListOrganizationGroups;
import io.grantline.api.organization.OrganizationQueries.ListOrganizations;
import io.grantline.api.organization.OrganizationQueries.OrganizationGroupPage;
import io.grantline.api.organization.OrganizationQueries.OrganizationGroupView;
import io.grantline.api.organization.OrganizationQueries.OrganizationPage;
import io.grantline.api.organization.OrganizationQueries.OrganizationView;
import io.grantline.projections.jooq.tables.records.OrganizationGroupRecord;
import io.grantline.projections.jooq.tables.records.OrganizationRecord;
import io.grantline.projections.support.ReadModel;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/** The organization read tables and the queries they answer. */
@Component
@ProcessingGroup(ReadModel.PROCESSING_GROUP)
public class OrganizationProjection {

    private static final Field<Integer> ENVIRONMENT_COUNT = DSL.field(DSL.selectCount().from(ENVIRONMENT)
            .where(ENVIRONMENT.ORGANIZATION_URI.eq(ORGANIZATION.ORGANIZATION_URI).and(ENVIRONMENT.DELETED.isNull())))
            .as("environment_count");
    private static final Field<Integer> GROUP_COUNT = DSL.field(DSL.selectCount().from(ORGANIZATION_GROUP)
            .where(ORGANIZATION_GROUP.ORGANIZATION_URI.eq(ORGANIZATION.ORGANIZATION_URI)))
            .as("group_count");
    private static final Field<Integer> USER_COUNT = DSL.field(DSL.select(DSL.countDistinct(GROUP_MEMBER.USERNAME))
            .from(GROUP_MEMBER).join(ORGANIZATION_GROUP).on(ORGANIZATION_GROUP.GROUP_URI.eq(GROUP_MEMBER.GROUP_URI))
            .where(ORGANIZATION_GROUP.ORGANIZATION_URI.eq(ORGANIZATION.ORGANIZATION_URI)))
            .as("user_count");

    private final DSLContext db;

    public OrganizationProjection(DSLContext db) {
        this.db = db;
    }

    @EventHandler
    void on(OrganizationCreated event) {
        db.insertInto(ORGANIZATION)
                .set(ORGANIZATION.ORGANIZATION_URI, event.organizationUri())
                .set(ORGANIZATION.LABEL, event.label())
                .set(ORGANIZATION.NAME, event.name())
                .set(ORGANIZATION.DESCRIPTION, event.description())
                .set(ORGANIZATION.TAGS, toJsonb(event.tags()))
                .set(ORGANIZATION.SAML_GROUP_NAME, event.samlGroupName())
                .set(ORGANIZATION.OWNER, event.owner())
                .set(ORGANIZATION.CREATED, utc(event.created()))
                .set(ORGANIZATION.UPDATED, utc(event.created()))
                .set(ORGANIZATION.ARCHIVED, false)
                .onConflictDoNothing()
                .execute();
        // data.all lists the owning team among the organization's teams
        db.insertInto(ORGANIZATION_GROUP)
                .set(ORGANIZATION_GROUP.ORGANIZATION_URI, event.organizationUri())
                .set(ORGANIZATION_GROUP.GROUP_URI, event.samlGroupName())
                .set(ORGANIZATION_GROUP.PERMISSIONS, toJsonb(ResourcePermissions.ORGANIZATION_ALL))
                .set(ORGANIZATION_GROUP.INVITED_BY, event.owner())
                .set(ORGANIZATION_GROUP.CREATED, utc(event.created()))
                .onConflictDoNothing()
                .execute();
    }

    @EventHandler
    void on(OrganizationUpdated event) {
        db.update(ORGANIZATION)
                .set(ORGANIZATION.LABEL, DSL.coalesce(DSL.val(event.label()), ORGANIZATION.LABEL))
                .set(ORGANIZATION.DESCRIPTION, event.description() == null ? ORGANIZATION.DESCRIPTION
                        : DSL.val(event.description()))
                .set(ORGANIZATION.TAGS, event.tags() == null ? ORGANIZATION.TAGS : DSL.val(toJsonb(event.tags())))
                .set(ORGANIZATION.UPDATED, utc(event.updated()))
                .where(ORGANIZATION.ORGANIZATION_URI.eq(event.organizationUri()))
                .execute();
    }

    @EventHandler
    void on(OrganizationArchived event) {
        db.update(ORGANIZATION)
                .set(ORGANIZATION.ARCHIVED, true)
                .set(ORGANIZATION.UPDATED, utc(event.archived()))
                .where(ORGANIZATION.ORGANIZATION_URI.eq(event.organizationUri()))
                .execute();
    }

    @EventHandler
    void on(GroupInvitedToOrganization event) {
        db.insertInto(ORGANIZATION_GROUP)
                .set(ORGANIZATION_GROUP.ORGANIZATION_URI, event.organizationUri())
                .set(ORGANIZATION_GROUP.GROUP_URI, event.groupUri())
                .set(ORGANIZATION_GROUP.PERMISSIONS, toJsonb(event.permissions()))
                .set(ORGANIZATION_GROUP.INVITED_BY, event.invitedBy())
                .set(ORGANIZATION_GROUP.CREATED, utc(event.invited()))
                .onConflictDoNothing()
                .execute();
    }

    @EventHandler
    void on(OrganizationGroupPermissionsUpdated event) {
        db.update(ORGANIZATION_GROUP)
                .set(ORGANIZATION_GROUP.PERMISSIONS, toJsonb(event.permissions()))
                .where(ORGANIZATION_GROUP.ORGANIZATION_URI.eq(event.organizationUri())
                        .and(ORGANIZATION_GROUP.GROUP_URI.eq(event.groupUri())))
                .execute();
    }

    @EventHandler
    void on(GroupRemovedFromOrganization event) {
        db.deleteFrom(ORGANIZATION_GROUP)
                .where(ORGANIZATION_GROUP.ORGANIZATION_URI.eq(event.organizationUri())
                        .and(ORGANIZATION_GROUP.GROUP_URI.eq(event.groupUri())))
                .execute();
    }

    @ResetHandler
    void reset() {
        db.deleteFrom(ORGANIZATION_GROUP).execute();
        db.deleteFrom(ORGANIZATION).execute();
    }

    @QueryHandler
    OrganizationView handle(FindOrganization query) {
        return selectOrganizationsWithCounts()
                .where(ORGANIZATION.ORGANIZATION_URI.eq(query.organizationUri()))
                .fetchOptional(OrganizationProjection::view)
                .orElse(null);
    }

    @QueryHandler
    OrganizationPage handle(ListOrganizations query) {
        Condition condition = DSL.trueCondition();
        if (!query.displayArchived()) {
            condition = condition.and(ORGANIZATION.ARCHIVED.isFalse());
        }
        if (query.groups() != null) {
            condition = condition.and(ORGANIZATION.ORGANIZATION_URI.in(DSL.select(ORGANIZATION_GROUP.ORGANIZATION_URI)
                    .from(ORGANIZATION_GROUP).where(ORGANIZATION_GROUP.GROUP_URI.in(query.groups()))));
        }
        if (query.term() != null && !query.term().isBlank()) {
            String like = "%" + query.term().trim() + "%";
            condition = condition.and(ORGANIZATION.LABEL.likeIgnoreCase(like)
                    .or(ORGANIZATION.DESCRIPTION.likeIgnoreCase(like))
                    .or(DSL.cast(ORGANIZATION.TAGS, String.class).likeIgnoreCase(like)));
        }
        int count = db.fetchCount(ORGANIZATION, condition);
        List<OrganizationView> nodes = selectOrganizationsWithCounts().where(condition)
                .orderBy(ORGANIZATION.LABEL, ORGANIZATION.ORGANIZATION_URI)
                .limit(query.pageSize()).offset(Page.offset(query.page(), query.pageSize()))
                .fetch(OrganizationProjection::view);
        return new OrganizationPage(new Page<>(nodes, count, query.page(), query.pageSize()));
    }

    @QueryHandler
    OrganizationGroupPage handle(ListOrganizationGroups query) {
        Condition condition = ORGANIZATION_GROUP.ORGANIZATION_URI.eq(query.organizationUri());
        if (query.term() != null && !query.term().isBlank()) {
            condition = condition.and(ORGANIZATION_GROUP.GROUP_URI.likeIgnoreCase("%" + query.term().trim() + "%"));
        }
        int count = db.fetchCount(ORGANIZATION_GROUP, condition);
        List<OrganizationGroupView> nodes = db.selectFrom(ORGANIZATION_GROUP).where(condition)
                .orderBy(ORGANIZATION_GROUP.GROUP_URI)
                .limit(query.pageSize()).offset(Page.offset(query.page(), query.pageSize()))
                .fetch(this::groupView);
        return new OrganizationGroupPage(new Page<>(nodes, count, query.page(), query.pageSize()));
    }

    @QueryHandler
    OrganizationGroupView handle(FindOrganizationGroup query) {
        return db.selectFrom(ORGANIZATION_GROUP)
                .where(ORGANIZATION_GROUP.ORGANIZATION_URI.eq(query.organizationUri())
                        .and(ORGANIZATION_GROUP.GROUP_URI.eq(query.groupUri())))
                .fetchOptional(this::groupView)
                .orElse(null);
    }

    /** Organizations with their stats counted in the same query, not one query per organization. */
    private SelectJoinStep<Record> selectOrganizationsWithCounts() {
        return db.select(ORGANIZATION.asterisk(), ENVIRONMENT_COUNT, GROUP_COUNT, USER_COUNT).from(ORGANIZATION);
    }

    private static OrganizationView view(Record result) {
        OrganizationRecord row = result.into(ORGANIZATION);
        return new OrganizationView(row.getOrganizationUri(), row.getLabel(), row.getName(), row.getDescription(),
                fromJsonb(row.getTags()), row.getSamlGroupName(), row.getOwner(), text(row.getCreated()),
                text(row.getUpdated()), row.getArchived(), result.get(ENVIRONMENT_COUNT), result.get(GROUP_COUNT),
                result.get(USER_COUNT));
    }

    private OrganizationGroupView groupView(OrganizationGroupRecord row) {
        return new OrganizationGroupView(row.getOrganizationUri(), row.getGroupUri(), fromJsonb(row.getPermissions()),
                row.getInvitedBy(), text(row.getCreated()));
    }
}

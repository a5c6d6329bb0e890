package io.grantline.projections.environment;

import static io.grantline.projections.jooq.Tables.ENVIRONMENT_GROUP;
import static io.grantline.projections.support.JsonLists.fromJsonb;
import static io.grantline.projections.support.JsonLists.toJsonb;
import static io.grantline.projections.support.Timestamps.text;
import static io.grantline.projections.support.Timestamps.utc;

import io.grantline.api.Page;
import io.grantline.api.environment.EnvironmentEvents.EnvironmentCreated;
import io.grantline.api.environment.EnvironmentEvents.EnvironmentDeleted;
import io.grantline.api.environment.EnvironmentEvents.EnvironmentGroupPermissionsUpdated;
import io.grantline.api.environment.EnvironmentEvents.EnvironmentUpdated;
import io.grantline.api.environment.EnvironmentEvents.GroupInvitedToEnvironment;
import io.grantline.api.environment.EnvironmentEvents.GroupRemovedFromEnvironment;
import io.grantline.api.environment.EnvironmentQueries.EnvironmentGroupPage;
import io.grantline.api.environment.EnvironmentQueries.EnvironmentGroupView;
import io.grantline.api.environment.EnvironmentQueries.EnvironmentGroupViews;
import io.grantline.api.environment.EnvironmentQueries.FindEnvironmentGroups;
import io.grantline.api.environment.EnvironmentQueries.ListEnvironmentGroups;
import io.grantline.api.permission.ResourcePermissions;
import io.grantline.projections.jooq.tables.records.EnvironmentGroupRecord;
import io.grantline.projections.support.ReadModel;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** The teams of each environment (admin and invited), with their roles and workgroups. */
@Component
@ProcessingGroup(ReadModel.PROCESSING_GROUP)
public class EnvironmentGroupProjection {

    private final DSLContext db;

    public EnvironmentGroupProjection(DSLContext db) {
        this.db = db;
    }

    @EventHandler
    void on(EnvironmentCreated event) {
        db.insertInto(ENVIRONMENT_GROUP)
                .set(ENVIRONMENT_GROUP.ENVIRONMENT_URI, event.environmentUri())
                .set(ENVIRONMENT_GROUP.GROUP_URI, event.samlGroupName())
                .set(ENVIRONMENT_GROUP.ADMIN, true)
                .set(ENVIRONMENT_GROUP.PERMISSIONS, toJsonb(ResourcePermissions.ENVIRONMENT_ALL))
                .set(ENVIRONMENT_GROUP.IAM_ROLE_NAME, event.defaultIamRoleName())
                .set(ENVIRONMENT_GROUP.IAM_ROLE_ARN, event.defaultIamRoleArn())
                .set(ENVIRONMENT_GROUP.IAM_ROLE_IMPORTED, event.defaultIamRoleImported())
                .set(ENVIRONMENT_GROUP.ATHENA_WORKGROUP, event.defaultAthenaWorkGroup())
                .set(ENVIRONMENT_GROUP.INVITED_BY, event.owner())
                .set(ENVIRONMENT_GROUP.CREATED, utc(event.created()))
                .set(ENVIRONMENT_GROUP.UPDATED, utc(event.created()))
                .onConflictDoNothing()
                .execute();
    }

    /** A new admin team takes over the admin membership, with the environment's default role and workgroup. */
    @EventHandler
    void on(EnvironmentUpdated event) {
        db.update(ENVIRONMENT_GROUP)
                .set(ENVIRONMENT_GROUP.GROUP_URI, event.samlGroupName())
                .set(ENVIRONMENT_GROUP.UPDATED, utc(event.updated()))
                .where(ENVIRONMENT_GROUP.ENVIRONMENT_URI.eq(event.environmentUri())
                        .and(ENVIRONMENT_GROUP.ADMIN.isTrue())
                        .and(ENVIRONMENT_GROUP.GROUP_URI.ne(event.samlGroupName())))
                .execute();
    }

    @EventHandler
    void on(GroupInvitedToEnvironment event) {
        db.insertInto(ENVIRONMENT_GROUP)
                .set(ENVIRONMENT_GROUP.ENVIRONMENT_URI, event.environmentUri())
                .set(ENVIRONMENT_GROUP.GROUP_URI, event.groupUri())
                .set(ENVIRONMENT_GROUP.ADMIN, false)
                .set(ENVIRONMENT_GROUP.PERMISSIONS, toJsonb(event.permissions()))
                .set(ENVIRONMENT_GROUP.IAM_ROLE_NAME, event.environmentIamRoleName())
                .set(ENVIRONMENT_GROUP.IAM_ROLE_ARN, event.environmentIamRoleArn())
                .set(ENVIRONMENT_GROUP.IAM_ROLE_IMPORTED, event.iamRoleImported())
                .set(ENVIRONMENT_GROUP.ATHENA_WORKGROUP, event.environmentAthenaWorkGroup())
                .set(ENVIRONMENT_GROUP.INVITED_BY, event.invitedBy())
                .set(ENVIRONMENT_GROUP.CREATED, utc(event.invited()))
                .set(ENVIRONMENT_GROUP.UPDATED, utc(event.invited()))
                .onConflictDoNothing()
                .execute();
    }

    @EventHandler
    void on(EnvironmentGroupPermissionsUpdated event) {
        db.update(ENVIRONMENT_GROUP)
                .set(ENVIRONMENT_GROUP.PERMISSIONS, toJsonb(event.permissions()))
                .where(ENVIRONMENT_GROUP.ENVIRONMENT_URI.eq(event.environmentUri())
                        .and(ENVIRONMENT_GROUP.GROUP_URI.eq(event.groupUri()))
                        .and(ENVIRONMENT_GROUP.ADMIN.isFalse()))
                .execute();
    }

    @EventHandler
    void on(GroupRemovedFromEnvironment event) {
        db.deleteFrom(ENVIRONMENT_GROUP)
                .where(ENVIRONMENT_GROUP.ENVIRONMENT_URI.eq(event.environmentUri())
                        .and(ENVIRONMENT_GROUP.GROUP_URI.eq(event.groupUri()))
                        .and(ENVIRONMENT_GROUP.ADMIN.isFalse()))
                .execute();
    }

    @EventHandler
    void on(EnvironmentDeleted event) {
        db.deleteFrom(ENVIRONMENT_GROUP).where(ENVIRONMENT_GROUP.ENVIRONMENT_URI.eq(event.environmentUri())).execute();
    }

    @ResetHandler
    void reset() {
        db.deleteFrom(ENVIRONMENT_GROUP).execute();
    }

    @QueryHandler
    EnvironmentGroupPage handle(ListEnvironmentGroups query) {
        Condition condition = ENVIRONMENT_GROUP.ENVIRONMENT_URI.eq(query.environmentUri());
        if (query.groups() != null) {
            condition = condition.and(ENVIRONMENT_GROUP.GROUP_URI.in(query.groups()));
        }
        if (query.invitedOnly()) {
            condition = condition.and(ENVIRONMENT_GROUP.ADMIN.isFalse());
        }
        if (query.term() != null && !query.term().isBlank()) {
            condition = condition.and(ENVIRONMENT_GROUP.GROUP_URI.likeIgnoreCase("%" + query.term().trim() + "%"));
        }
        int count = db.fetchCount(ENVIRONMENT_GROUP, condition);
        List<EnvironmentGroupView> nodes = db.selectFrom(ENVIRONMENT_GROUP).where(condition)
                .orderBy(ENVIRONMENT_GROUP.GROUP_URI)
                .limit(query.pageSize()).offset(Page.offset(query.page(), query.pageSize()))
                .fetch(EnvironmentGroupProjection::view);
        return new EnvironmentGroupPage(new Page<>(nodes, count, query.page(), query.pageSize()));
    }

    @QueryHandler
    EnvironmentGroupViews handle(FindEnvironmentGroups query) {
        return new EnvironmentGroupViews(db.selectFrom(ENVIRONMENT_GROUP)
                .where(ENVIRONMENT_GROUP.ENVIRONMENT_URI.in(query.environmentUris())
                        .and(ENVIRONMENT_GROUP.GROUP_URI.in(query.groupUris())))
                .fetch(EnvironmentGroupProjection::view));
    }

    private static EnvironmentGroupView view(EnvironmentGroupRecord row) {
        return new EnvironmentGroupView(row.getEnvironmentUri(), row.getGroupUri(), row.getAdmin(),
                fromJsonb(row.getPermissions()),
                row.getIamRoleName(), row.getIamRoleArn(), row.getIamRoleImported(), row.getAthenaWorkgroup(),
                row.getInvitedBy(), text(row.getCreated()), text(row.getUpdated()));
    }
}

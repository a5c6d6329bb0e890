package io.grantline.projections.tenant;

import static io.grantline.projections.jooq.Tables.ENVIRONMENT;
import static io.grantline.projections.jooq.Tables.ENVIRONMENT_GROUP;
import static io.grantline.projections.jooq.Tables.GROUP_MEMBER;
import static io.grantline.projections.jooq.Tables.RESOURCE_POLICY;
import static io.grantline.projections.jooq.Tables.TENANT_GROUP;
import static io.grantline.projections.support.JsonLists.fromJsonb;
import static io.grantline.projections.support.JsonLists.toJsonb;
import static io.grantline.projections.support.Timestamps.text;
import static io.grantline.projections.support.Timestamps.utc;

import io.grantline.api.Page;
import io.grantline.api.tenant.TenantEvents.GroupMemberSeen;
import io.grantline.api.tenant.TenantEvents.GroupRegistered;
import io.grantline.api.tenant.TenantEvents.GroupTenantPermissionsUpdated;
import io.grantline.api.tenant.TenantQueries.FindGroup;
import io.grantline.api.tenant.TenantQueries.FindGroupsOfUser;
import io.grantline.api.tenant.TenantQueries.FindResourcePermissions;
import io.grantline.api.tenant.TenantQueries.FindTenantPermissions;
import io.grantline.api.tenant.TenantQueries.FindUsersOfGroup;
import io.grantline.api.tenant.TenantQueries.GrantedPermissions;
import io.grantline.api.tenant.TenantQueries.ListGroupsVisibleToUser;
import io.grantline.api.tenant.TenantQueries.ListTenantGroups;
import io.grantline.api.tenant.TenantQueries.Names;
import io.grantline.api.tenant.TenantQueries.TenantGroupPage;
import io.grantline.api.tenant.TenantQueries.TenantGroupView;
import io.grantline.projections.jooq.tables.records.TenantGroupRecord;
import io.grantline.projections.support.ReadModel;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/** Teams, their members and tenant permissions; and the answers to permission checks. */
@Component
@ProcessingGroup(ReadModel.PROCESSING_GROUP)
public class TenantProjection {

    private final DSLContext db;

    public TenantProjection(DSLContext db) {
        this.db = db;
    }

    @EventHandler
    void on(GroupRegistered event) {
        db.insertInto(TENANT_GROUP)
                .set(TENANT_GROUP.GROUP_URI, event.groupUri())
                .set(TENANT_GROUP.PERMISSIONS, toJsonb(event.permissions()))
                .set(TENANT_GROUP.CREATED, utc(event.registered()))
                .onConflictDoNothing()
                .execute();
    }

    @EventHandler
    void on(GroupMemberSeen event) {
        db.insertInto(GROUP_MEMBER)
                .set(GROUP_MEMBER.GROUP_URI, event.groupUri())
                .set(GROUP_MEMBER.USERNAME, event.username())
                .onConflictDoNothing()
                .execute();
    }

    @EventHandler
    void on(GroupTenantPermissionsUpdated event) {
        db.update(TENANT_GROUP)
                .set(TENANT_GROUP.PERMISSIONS, toJsonb(event.permissions()))
                .where(TENANT_GROUP.GROUP_URI.eq(event.groupUri()))
                .execute();
    }

    @ResetHandler
    void reset() {
        db.deleteFrom(GROUP_MEMBER).execute();
        db.deleteFrom(TENANT_GROUP).execute();
    }

    @QueryHandler
    GrantedPermissions handle(FindTenantPermissions query) {
        Set<String> permissions = new HashSet<>();
        db.select(TENANT_GROUP.PERMISSIONS).from(TENANT_GROUP).where(TENANT_GROUP.GROUP_URI.in(query.groups()))
                .forEach(row -> permissions.addAll(fromJsonb(row.value1())));
        return new GrantedPermissions(permissions);
    }

    @QueryHandler
    GrantedPermissions handle(FindResourcePermissions query) {
        return new GrantedPermissions(new HashSet<>(db.selectDistinct(RESOURCE_POLICY.PERMISSION)
                .from(RESOURCE_POLICY)
                .where(RESOURCE_POLICY.RESOURCE_URI.eq(query.resourceUri())
                        .and(RESOURCE_POLICY.GROUP_URI.in(query.groups())))
                .fetch(RESOURCE_POLICY.PERMISSION)));
    }

    @QueryHandler
    TenantGroupPage handle(ListTenantGroups query) {
        Condition condition = matching(query.term());
        if (query.groups() != null) {
            condition = condition.and(TENANT_GROUP.GROUP_URI.in(query.groups()));
        }
        return page(condition, query.page(), query.pageSize());
    }

    @QueryHandler
    TenantGroupPage handle(ListGroupsVisibleToUser query) {
        var environmentsOfTheUser = DSL.select(ENVIRONMENT_GROUP.ENVIRONMENT_URI).from(ENVIRONMENT_GROUP)
                .where(ENVIRONMENT_GROUP.GROUP_URI.in(query.groups()));
        var teamsOfThoseEnvironments = DSL.select(ENVIRONMENT_GROUP.GROUP_URI).from(ENVIRONMENT_GROUP)
                .join(ENVIRONMENT).on(ENVIRONMENT.ENVIRONMENT_URI.eq(ENVIRONMENT_GROUP.ENVIRONMENT_URI))
                .where(ENVIRONMENT.DELETED.isNull().and(ENVIRONMENT.ENVIRONMENT_URI.in(environmentsOfTheUser)));
        Condition condition = matching(query.term()).and(TENANT_GROUP.GROUP_URI.in(query.groups())
                .or(TENANT_GROUP.GROUP_URI.in(teamsOfThoseEnvironments)));
        return page(condition, query.page(), query.pageSize());
    }

    private static Condition matching(String term) {
        return term == null || term.isBlank() ? DSL.trueCondition()
                : TENANT_GROUP.GROUP_URI.likeIgnoreCase("%" + term.trim() + "%");
    }

    private TenantGroupPage page(Condition condition, int page, int pageSize) {
        int count = db.fetchCount(TENANT_GROUP, condition);
        List<TenantGroupView> nodes = db.selectFrom(TENANT_GROUP).where(condition).orderBy(TENANT_GROUP.GROUP_URI)
                .limit(pageSize).offset(Page.offset(page, pageSize))
                .fetch(this::view);
        return new TenantGroupPage(new Page<>(nodes, count, page, pageSize));
    }

    @QueryHandler
    TenantGroupView handle(FindGroup query) {
        return db.selectFrom(TENANT_GROUP).where(TENANT_GROUP.GROUP_URI.eq(query.groupUri()))
                .fetchOptional(this::view).orElse(null);
    }

    @QueryHandler
    Names handle(FindGroupsOfUser query) {
        return new Names(db.select(GROUP_MEMBER.GROUP_URI).from(GROUP_MEMBER)
                .where(GROUP_MEMBER.USERNAME.eq(query.username())).orderBy(GROUP_MEMBER.GROUP_URI)
                .fetch(GROUP_MEMBER.GROUP_URI));
    }

    @QueryHandler
    Names handle(FindUsersOfGroup query) {
        return new Names(db.select(GROUP_MEMBER.USERNAME).from(GROUP_MEMBER)
                .where(GROUP_MEMBER.GROUP_URI.eq(query.groupUri())).orderBy(GROUP_MEMBER.USERNAME)
                .fetch(GROUP_MEMBER.USERNAME));
    }

    private TenantGroupView view(TenantGroupRecord row) {
        return new TenantGroupView(row.getGroupUri(), fromJsonb(row.getPermissions()), text(row.getCreated()));
    }
}

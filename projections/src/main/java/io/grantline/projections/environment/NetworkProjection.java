package io.grantline.projections.environment;

import static io.grantline.projections.jooq.Tables.NETWORK;
import static io.grantline.projections.jooq.Tables.RESOURCE_POLICY;
import static io.grantline.projections.support.JsonLists.fromJsonb;
import static io.grantline.projections.support.JsonLists.toJsonb;
import static io.grantline.projections.support.Timestamps.text;
import static io.grantline.projections.support.Timestamps.utc;

import io.grantline.api.Page;
import io.grantline.api.environment.EnvironmentEvents.NetworkCreated;
import io.grantline.api.environment.EnvironmentEvents.NetworkDeleted;
import io.grantline.api.environment.EnvironmentQueries.FindNetwork;
import io.grantline.api.environment.EnvironmentQueries.FindVisibleNetworks;
import io.grantline.api.environment.EnvironmentQueries.ListEnvironmentNetworks;
import io.grantline.api.environment.EnvironmentQueries.NetworkPage;
import io.grantline.api.environment.EnvironmentQueries.NetworkView;
import io.grantline.api.environment.EnvironmentQueries.NetworkViews;
import io.grantline.api.permission.ResourcePermissions;
import io.grantline.projections.jooq.tables.records.NetworkRecord;
import io.grantline.projections.support.ReadModel;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/** The VPCs registered as networks of each environment. */
@Component
@ProcessingGroup(ReadModel.PROCESSING_GROUP)
public class NetworkProjection {

    private final DSLContext db;

    public NetworkProjection(DSLContext db) {
        this.db = db;
    }

    @EventHandler
    void on(NetworkCreated event) {
        db.insertInto(NETWORK)
                .set(NETWORK.VPC_URI, event.vpcUri())
                .set(NETWORK.ENVIRONMENT_URI, event.environmentUri())
                .set(NETWORK.VPC_ID, event.vpcId())
                .set(NETWORK.LABEL, event.label())
                .set(NETWORK.NAME, event.name())
                .set(NETWORK.DESCRIPTION, event.description())
                .set(NETWORK.SAML_GROUP_NAME, event.samlGroupName())
                .set(NETWORK.OWNER, event.owner())
                .set(NETWORK.AWS_ACCOUNT_ID, event.awsAccountId())
                .set(NETWORK.REGION, event.region())
                .set(NETWORK.PRIVATE_SUBNET_IDS, toJsonb(event.privateSubnetIds()))
                .set(NETWORK.PUBLIC_SUBNET_IDS, toJsonb(event.publicSubnetIds()))
                .set(NETWORK.TAGS, toJsonb(event.tags()))
                .set(NETWORK.CREATED, utc(event.created()))
                .onConflictDoNothing()
                .execute();
    }

    @EventHandler
    void on(NetworkDeleted event) {
        db.deleteFrom(NETWORK).where(NETWORK.VPC_URI.eq(event.vpcUri())).execute();
    }

    @ResetHandler
    void reset() {
        db.deleteFrom(NETWORK).execute();
    }

    @QueryHandler
    NetworkPage handle(ListEnvironmentNetworks query) {
        Condition condition = NETWORK.ENVIRONMENT_URI.eq(query.environmentUri());
        if (query.term() != null && !query.term().isBlank()) {
            String like = "%" + query.term().trim() + "%";
            condition = condition.and(NETWORK.LABEL.likeIgnoreCase(like).or(NETWORK.VPC_ID.likeIgnoreCase(like)));
        }
        int count = db.fetchCount(NETWORK, condition);
        List<NetworkView> nodes = db.selectFrom(NETWORK).where(condition)
                .orderBy(NETWORK.LABEL, NETWORK.VPC_URI)
                .limit(query.pageSize()).offset(Page.offset(query.page(), query.pageSize()))
                .fetch(NetworkProjection::view);
        return new NetworkPage(new Page<>(nodes, count, query.page(), query.pageSize()));
    }

    @QueryHandler
    NetworkView handle(FindNetwork query) {
        return db.selectFrom(NETWORK).where(NETWORK.VPC_URI.eq(query.vpcUri()))
                .fetchOptional(NetworkProjection::view).orElse(null);
    }

    @QueryHandler
    NetworkViews handle(FindVisibleNetworks query) {
        return new NetworkViews(db.selectFrom(NETWORK)
                .where(NETWORK.ENVIRONMENT_URI.in(query.environmentUris()))
                .and(DSL.exists(DSL.selectOne().from(RESOURCE_POLICY)
                        .where(RESOURCE_POLICY.RESOURCE_URI.eq(NETWORK.VPC_URI)
                                .and(RESOURCE_POLICY.GROUP_URI.in(query.groups()))
                                .and(RESOURCE_POLICY.PERMISSION.eq(ResourcePermissions.GET_NETWORK)))))
                .orderBy(NETWORK.LABEL, NETWORK.VPC_URI)
                .fetch(NetworkProjection::view));
    }

    private static NetworkView view(NetworkRecord row) {
        return new NetworkView(row.getVpcUri(), row.getEnvironmentUri(), row.getVpcId(), row.getLabel(),
                row.getName(), row.getDescription(), row.getSamlGroupName(), row.getOwner(), row.getAwsAccountId(),
                row.getRegion(), fromJsonb(row.getPrivateSubnetIds()), fromJsonb(row.getPublicSubnetIds()),
                fromJsonb(row.getTags()), text(row.getCreated()));
    }
}

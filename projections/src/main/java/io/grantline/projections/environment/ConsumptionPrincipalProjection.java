package io.grantline.projections.environment;

import static io.grantline.projections.jooq.Tables.CONSUMPTION_PRINCIPAL;
import static io.grantline.projections.support.Timestamps.text;
import static io.grantline.projections.support.Timestamps.utc;

import io.grantline.api.Page;
import io.grantline.api.environment.EnvironmentEvents.ConsumptionPrincipalAdded;
import io.grantline.api.environment.EnvironmentEvents.ConsumptionPrincipalRemoved;
import io.grantline.api.environment.EnvironmentEvents.ConsumptionPrincipalUpdated;
import io.grantline.api.environment.EnvironmentQueries.ConsumptionPrincipalPage;
import io.grantline.api.environment.EnvironmentQueries.ConsumptionPrincipalView;
import io.grantline.api.environment.EnvironmentQueries.FindConsumptionPrincipal;
import io.grantline.api.environment.EnvironmentQueries.ListConsumptionPrincipals;
import io.grantline.projections.jooq.tables.records.ConsumptionPrincipalRecord;
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

/** The IAM roles and users registered as consumers of each environment. */
@Component
@ProcessingGroup(ReadModel.PROCESSING_GROUP)
public class ConsumptionPrincipalProjection {

    private final DSLContext db;

    public ConsumptionPrincipalProjection(DSLContext db) {
        this.db = db;
    }

    @EventHandler
    void on(ConsumptionPrincipalAdded event) {
        db.insertInto(CONSUMPTION_PRINCIPAL)
                .set(CONSUMPTION_PRINCIPAL.CONSUMPTION_PRINCIPAL_URI, event.consumptionPrincipalUri())
                .set(CONSUMPTION_PRINCIPAL.ENVIRONMENT_URI, event.environmentUri())
                .set(CONSUMPTION_PRINCIPAL.NAME, event.consumptionPrincipalName())
                .set(CONSUMPTION_PRINCIPAL.GROUP_URI, event.groupUri())
                .set(CONSUMPTION_PRINCIPAL.IAM_PRINCIPAL_ARN, event.iamPrincipalArn())
                .set(CONSUMPTION_PRINCIPAL.IAM_PRINCIPAL_NAME, event.iamPrincipalName())
                .set(CONSUMPTION_PRINCIPAL.PRINCIPAL_TYPE, event.consumptionPrincipalType())
                .set(CONSUMPTION_PRINCIPAL.DATAALL_MANAGED, event.dataallManaged())
                .set(CONSUMPTION_PRINCIPAL.CREATED, utc(event.added()))
                .set(CONSUMPTION_PRINCIPAL.UPDATED, utc(event.added()))
                .onConflictDoNothing()
                .execute();
    }

    @EventHandler
    void on(ConsumptionPrincipalUpdated event) {
        db.update(CONSUMPTION_PRINCIPAL)
                .set(CONSUMPTION_PRINCIPAL.NAME, event.consumptionPrincipalName())
                .set(CONSUMPTION_PRINCIPAL.GROUP_URI, event.groupUri())
                .set(CONSUMPTION_PRINCIPAL.DATAALL_MANAGED, event.dataallManaged())
                .set(CONSUMPTION_PRINCIPAL.UPDATED, utc(event.updated()))
                .where(CONSUMPTION_PRINCIPAL.CONSUMPTION_PRINCIPAL_URI.eq(event.consumptionPrincipalUri()))
                .execute();
    }

    @EventHandler
    void on(ConsumptionPrincipalRemoved event) {
        db.deleteFrom(CONSUMPTION_PRINCIPAL)
                .where(CONSUMPTION_PRINCIPAL.CONSUMPTION_PRINCIPAL_URI.eq(event.consumptionPrincipalUri()))
                .execute();
    }

    @ResetHandler
    void reset() {
        db.deleteFrom(CONSUMPTION_PRINCIPAL).execute();
    }

    @QueryHandler
    ConsumptionPrincipalPage handle(ListConsumptionPrincipals query) {
        Condition condition = DSL.trueCondition();
        if (query.environmentUri() != null) {
            condition = condition.and(CONSUMPTION_PRINCIPAL.ENVIRONMENT_URI.eq(query.environmentUri()));
        }
        if (query.groups() != null) {
            condition = condition.and(CONSUMPTION_PRINCIPAL.GROUP_URI.in(query.groups()));
        }
        if (query.groupUri() != null && !query.groupUri().isBlank()) {
            condition = condition.and(CONSUMPTION_PRINCIPAL.GROUP_URI.eq(query.groupUri()));
        }
        if (query.term() != null && !query.term().isBlank()) {
            condition = condition.and(CONSUMPTION_PRINCIPAL.NAME.likeIgnoreCase("%" + query.term().trim() + "%"));
        }
        int count = db.fetchCount(CONSUMPTION_PRINCIPAL, condition);
        List<ConsumptionPrincipalView> nodes = db.selectFrom(CONSUMPTION_PRINCIPAL).where(condition)
                .orderBy(CONSUMPTION_PRINCIPAL.NAME, CONSUMPTION_PRINCIPAL.CONSUMPTION_PRINCIPAL_URI)
                .limit(query.pageSize()).offset(Page.offset(query.page(), query.pageSize()))
                .fetch(ConsumptionPrincipalProjection::view);
        return new ConsumptionPrincipalPage(new Page<>(nodes, count, query.page(), query.pageSize()));
    }

    @QueryHandler
    ConsumptionPrincipalView handle(FindConsumptionPrincipal query) {
        return db.selectFrom(CONSUMPTION_PRINCIPAL)
                .where(CONSUMPTION_PRINCIPAL.CONSUMPTION_PRINCIPAL_URI.eq(query.consumptionPrincipalUri()))
                .fetchOptional(ConsumptionPrincipalProjection::view)
                .orElse(null);
    }

    private static ConsumptionPrincipalView view(ConsumptionPrincipalRecord row) {
        return new ConsumptionPrincipalView(row.getConsumptionPrincipalUri(), row.getEnvironmentUri(), row.getName(),
                row.getGroupUri(), row.getIamPrincipalArn(), row.getIamPrincipalName(), row.getPrincipalType(),
                row.getDataallManaged(), text(row.getCreated()), text(row.getUpdated()));
    }
}

package io.grantline.graphql.history;

import io.grantline.api.history.HistoryQueries.GovernanceChange;
import io.grantline.api.history.HistoryQueries.GovernanceEventView;
import java.util.List;

/** The GovernanceEvent type; position in decimal, as the event store's global index may exceed a GraphQL Int. */
public record GovernanceEventNode(String eventId, String position, String time, String actor, String action,
                                  String aggregateUri, String resourceUri, String resourceType, String summary,
                                  String correlationId, String causationId, List<GovernanceChange> changes) {

    static GovernanceEventNode of(GovernanceEventView view) {
        return new GovernanceEventNode(view.eventId(), Long.toString(view.position()), view.time(), view.actor(),
                view.action(), view.aggregateUri(), view.resourceUri(), view.resourceType(), view.summary(),
                view.correlationId(), view.causationId(), view.changes());
    }
}

package io.grantline.saga.platform;

import io.grantline.api.environment.EnvironmentEvents.ConsumptionPrincipalAdded;
import io.grantline.api.environment.EnvironmentEvents.ConsumptionPrincipalRemoved;
import io.grantline.api.environment.EnvironmentEvents.ConsumptionPrincipalUpdated;
import io.grantline.api.environment.EnvironmentEvents.EnvironmentCreated;
import io.grantline.api.environment.EnvironmentEvents.EnvironmentDeleted;
import io.grantline.api.environment.EnvironmentEvents.EnvironmentUpdated;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * What the cloud needs to know of an environment to look at its IAM principals: account, region, resource prefix,
 * and how the policies of its consumption principals are managed. Read from the environment's events.
 */
record EnvironmentAccount(String environmentUri, String accountId, String region, String resourcePrefix,
                          Map<String, String> policyManagementByPrincipalArn) {

    static final String EXTERNALLY_MANAGED = "EXTERNALLY_MANAGED";

    /** The live environment; empty when none has this URI or it was deleted. */
    static Optional<EnvironmentAccount> load(EventStore eventStore, String environmentUri) {
        Fold fold = new Fold();
        eventStore.readEvents(environmentUri).asStream().map(DomainEventMessage::getPayload).forEach(fold::apply);
        return Optional.ofNullable(fold.result());
    }

    /** data.all leaves the policies of a consumption principal managed outside the platform alone. */
    boolean policiesManagedElsewhere(String principalArn) {
        return EXTERNALLY_MANAGED.equals(policyManagementByPrincipalArn.get(principalArn));
    }

    private static final class Fold {

        private EnvironmentCreated created;
        private String resourcePrefix;
        private boolean deleted;
        private final Map<String, String> arnByPrincipalUri = new HashMap<>();
        private final Map<String, String> managementByArn = new HashMap<>();

        void apply(Object event) {
            if (event instanceof EnvironmentCreated e) {
                created = e;
                resourcePrefix = e.resourcePrefix();
            } else if (event instanceof EnvironmentUpdated e && e.resourcePrefix() != null) {
                resourcePrefix = e.resourcePrefix();
            } else if (event instanceof ConsumptionPrincipalAdded e) {
                arnByPrincipalUri.put(e.consumptionPrincipalUri(), e.iamPrincipalArn());
                managementByArn.put(e.iamPrincipalArn(), e.dataallManaged());
            } else if (event instanceof ConsumptionPrincipalUpdated e && e.dataallManaged() != null) {
                String arn = arnByPrincipalUri.get(e.consumptionPrincipalUri());
                if (arn != null) {
                    managementByArn.put(arn, e.dataallManaged());
                }
            } else if (event instanceof ConsumptionPrincipalRemoved e) {
                String arn = arnByPrincipalUri.remove(e.consumptionPrincipalUri());
                if (arn != null) {
                    managementByArn.remove(arn);
                }
            } else if (event instanceof EnvironmentDeleted) {
                deleted = true;
            }
        }

        EnvironmentAccount result() {
            if (created == null || deleted) {
                return null;
            }
            return new EnvironmentAccount(created.environmentUri(), created.awsAccountId(), created.region(),
                    resourcePrefix, Collections.unmodifiableMap(new HashMap<>(managementByArn)));
        }
    }
}

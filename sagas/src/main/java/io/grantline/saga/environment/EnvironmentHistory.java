package io.grantline.saga.environment;

import io.grantline.api.environment.EnvironmentEvents.EnvironmentCreated;
import io.grantline.api.environment.EnvironmentEvents.EnvironmentDeleted;
import io.grantline.api.environment.EnvironmentEvents.EnvironmentKeyValueTagsUpdated;
import io.grantline.api.environment.EnvironmentEvents.EnvironmentStackStatusChanged;
import io.grantline.api.environment.EnvironmentEvents.EnvironmentUpdated;
import io.grantline.api.environment.EnvironmentEvents.GroupInvitedToEnvironment;
import io.grantline.api.environment.EnvironmentEvents.GroupRemovedFromEnvironment;
import io.grantline.api.environment.KeyValueTag;
import io.grantline.api.environment.StackStatus;
import io.grantline.saga.environment.EnvironmentStackInputs.Team;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Reads an environment's events from the event store, the source of truth, so that the saga deploys what the
 * environment is now, with no read model lagging behind.
 */
public class EnvironmentHistory {

    private final EventStore eventStore;

    public EnvironmentHistory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** The environment's stack inputs; empty when no environment has this URI. */
    public Optional<EnvironmentStackInputs> load(String environmentUri) {
        Fold fold = new Fold();
        eventStore.readEvents(environmentUri).asStream()
                .map(DomainEventMessage::getPayload)
                .forEach(fold::apply);
        return Optional.ofNullable(fold.result());
    }

    private static final class Fold {

        private EnvironmentCreated created;
        private String adminGroup;
        private String resourcePrefix;
        private final Map<String, Team> invited = new LinkedHashMap<>();
        private List<KeyValueTag> keyValueTags = List.of();
        private boolean deleted;
        private boolean stackCreated;
        private String lastStackId;

        void apply(Object event) {
            if (event instanceof EnvironmentCreated e) {
                created = e;
                adminGroup = e.samlGroupName();
                resourcePrefix = e.resourcePrefix();
            } else if (event instanceof EnvironmentUpdated e) {
                adminGroup = e.samlGroupName() != null ? e.samlGroupName() : adminGroup;
                resourcePrefix = e.resourcePrefix() != null ? e.resourcePrefix() : resourcePrefix;
            } else if (event instanceof GroupInvitedToEnvironment e) {
                invited.put(e.groupUri(), new Team(e.groupUri(), e.environmentIamRoleName(),
                        e.environmentIamRoleArn(), e.environmentAthenaWorkGroup(), e.iamRoleImported()));
            } else if (event instanceof GroupRemovedFromEnvironment e) {
                invited.remove(e.groupUri());
            } else if (event instanceof EnvironmentKeyValueTagsUpdated e) {
                keyValueTags = e.tags() == null ? List.of() : List.copyOf(e.tags());
            } else if (event instanceof EnvironmentStackStatusChanged e) {
                lastStackId = e.stackId() != null ? e.stackId() : lastStackId;
                stackCreated |= StackStatus.CREATE_COMPLETE.equals(e.status())
                        || (e.status() != null && e.status().startsWith("UPDATE_"));
            } else if (event instanceof EnvironmentDeleted) {
                deleted = true;
            }
        }

        EnvironmentStackInputs result() {
            if (created == null) {
                return null;
            }
            Team adminTeam = new Team(adminGroup, created.defaultIamRoleName(), created.defaultIamRoleArn(),
                    created.defaultAthenaWorkGroup(), created.defaultIamRoleImported());
            return new EnvironmentStackInputs(created.environmentUri(), created.organizationUri(), created.name(),
                    created.owner(), created.awsAccountId(), created.region(),
                    EnvironmentStackInputs.stackNameOf(created.resourcePrefix(), created.environmentUri()),
                    resourcePrefix, created.defaultBucketName(), created.logsBucketName(),
                    created.defaultAthenaWorkGroup(), adminGroup, adminTeam,
                    new ArrayList<>(invited.values()), keyValueTags, deleted, stackCreated, lastStackId);
        }
    }
}

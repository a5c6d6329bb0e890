package io.grantline.projections.catalog;

import static io.grantline.projections.catalog.CatalogState.JSON;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.grantline.api.dataset.DatasetEvents.DatasetCreated;
import io.grantline.api.dataset.DatasetEvents.DatasetDeleted;
import io.grantline.api.dataset.DatasetEvents.DatasetStorageLocationCreated;
import io.grantline.api.dataset.DatasetEvents.DatasetStorageLocationDeleted;
import io.grantline.api.dataset.DatasetEvents.DatasetStorageLocationUpdated;
import io.grantline.api.dataset.DatasetEvents.DatasetTableAdded;
import io.grantline.api.dataset.DatasetEvents.DatasetTableCatalogChanged;
import io.grantline.api.dataset.DatasetEvents.DatasetTableRemoved;
import io.grantline.api.dataset.DatasetEvents.DatasetTableUpdated;
import io.grantline.api.dataset.DatasetEvents.DatasetUpdated;
import io.grantline.api.environment.EnvironmentEvents.EnvironmentCreated;
import io.grantline.api.environment.EnvironmentEvents.EnvironmentUpdated;
import io.grantline.api.glossary.GlossaryEvents.GlossaryDeleted;
import io.grantline.api.glossary.GlossaryEvents.GlossaryNodeCreated;
import io.grantline.api.glossary.GlossaryEvents.GlossaryNodeDeleted;
import io.grantline.api.glossary.GlossaryEvents.GlossaryNodeUpdated;
import io.grantline.api.glossary.GlossaryEvents.TermAssociationApproved;
import io.grantline.api.glossary.GlossaryEvents.TermAssociationDismissed;
import io.grantline.api.glossary.GlossaryNodeType;
import io.grantline.api.organization.OrganizationEvents.OrganizationCreated;
import io.grantline.api.organization.OrganizationEvents.OrganizationUpdated;
import io.grantline.api.vote.VoteEvents.VoteCast;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps the catalog index: datasets, tables and folders, one document each, re-rendered whenever an event changes
 * what their document shows (their own fields, their dataset's, environment and organization names, approved
 * glossary terms, up-votes). Its own processor, fed by events alone: resetting it rebuilds the index from the
 * event store.
 */
@Component
@ProcessingGroup(CatalogProjection.PROCESSING_GROUP)
public class CatalogProjection {

    public static final String PROCESSING_GROUP = "catalog";

    private final CatalogState state;
    private final CatalogBatch batch;

    public CatalogProjection(CatalogState state, CatalogBatch batch) {
        this.state = state;
        this.batch = batch;
    }

    @EventHandler
    void on(OrganizationCreated event) {
        state.putOrganization(event.organizationUri(), event.label());
    }

    @EventHandler
    void on(OrganizationUpdated event) {
        if (event.label() == null) {
            return; // an update of the description or tags only: the catalog shows neither
        }
        state.putOrganization(event.organizationUri(), event.label());
        batch.touch(state.itemsOfOrganization(event.organizationUri()));
    }

    @EventHandler
    void on(EnvironmentCreated event) {
        state.putEnvironment(event.environmentUri(), event.organizationUri(), event.label());
    }

    @EventHandler
    void on(EnvironmentUpdated event) {
        state.renameEnvironment(event.environmentUri(), event.label());
        batch.touch(state.itemsOfEnvironment(event.environmentUri()));
    }

    @EventHandler
    void on(DatasetCreated event) {
        ObjectNode fields = JSON.createObjectNode()
                .put("name", event.name())
                .put("label", event.label())
                .put("description", event.description())
                .put("owner", event.owner())
                .put("admins", event.samlAdminGroupName())
                .put("classification", event.confidentiality())
                .put("region", event.region())
                .put("environmentUri", event.environmentUri())
                .put("organizationUri", event.organizationUri())
                .put("source", event.resources().s3BucketName())
                .put("database", event.resources().glueDatabaseName());
        fields.set("tags", JSON.valueToTree(event.tags() == null ? List.of() : event.tags()));
        fields.set("topics", JSON.valueToTree(event.topics() == null ? List.of() : event.topics()));
        fields.set("stewards", stewards(event.stewards()));
        state.putItem(event.datasetUri(), "dataset", event.datasetUri(), fields, event.created());
        batch.touch(event.datasetUri());
    }

    @EventHandler
    void on(DatasetUpdated event) {
        ObjectNode changes = JSON.createObjectNode()
                .put("label", event.label())
                .put("description", event.description())
                .put("classification", event.confidentiality());
        changes.set("tags", JSON.valueToTree(event.tags() == null ? List.of() : event.tags()));
        changes.set("topics", JSON.valueToTree(event.topics() == null ? List.of() : event.topics()));
        changes.set("stewards", stewards(event.stewards()));
        state.changeItem(event.datasetUri(), changes, event.updated());
        state.linkTerms(event.datasetUri(), event.terms());
        batch.touch(state.itemAndChildren(event.datasetUri()));
    }

    @EventHandler
    void on(DatasetDeleted event) {
        batch.touch(state.removeItem(event.datasetUri()));
    }

    @EventHandler
    void on(DatasetTableAdded event) {
        ObjectNode fields = JSON.createObjectNode()
                .put("name", event.name())
                .put("label", event.label())
                .put("owner", event.owner())
                .put("database", event.glueDatabaseName());
        fields.putArray("tags");
        state.putItem(event.tableUri(), "table", event.datasetUri(), fields, event.added());
        batch.touch(List.of(event.tableUri(), event.datasetUri()));
    }

    @EventHandler
    void on(DatasetTableCatalogChanged event) {
        state.changeItem(event.tableUri(), JSON.createObjectNode(), event.changed());
        batch.touch(event.tableUri());
    }

    @EventHandler
    void on(DatasetTableUpdated event) {
        ObjectNode changes = JSON.createObjectNode()
                .put("label", event.label())
                .put("description", event.description());
        changes.set("tags", JSON.valueToTree(event.tags() == null ? List.of() : event.tags()));
        state.changeItem(event.tableUri(), changes, event.updated());
        state.linkTerms(event.tableUri(), event.terms());
        batch.touch(event.tableUri());
    }

    @EventHandler
    void on(DatasetTableRemoved event) {
        batch.touch(state.removeItem(event.tableUri()));
        batch.touch(event.datasetUri());
    }

    @EventHandler
    void on(DatasetStorageLocationCreated event) {
        ObjectNode fields = JSON.createObjectNode()
                .put("name", event.name())
                .put("label", event.label())
                .put("description", event.description())
                .put("owner", event.owner());
        fields.set("tags", JSON.valueToTree(event.tags() == null ? List.of() : event.tags()));
        state.putItem(event.locationUri(), "folder", event.datasetUri(), fields, event.created());
        state.linkTerms(event.locationUri(), event.terms());
        batch.touch(List.of(event.locationUri(), event.datasetUri()));
    }

    @EventHandler
    void on(DatasetStorageLocationUpdated event) {
        ObjectNode changes = JSON.createObjectNode()
                .put("label", event.label())
                .put("description", event.description());
        changes.set("tags", JSON.valueToTree(event.tags() == null ? List.of() : event.tags()));
        state.changeItem(event.locationUri(), changes, event.updated());
        state.linkTerms(event.locationUri(), event.terms());
        batch.touch(event.locationUri());
    }

    @EventHandler
    void on(DatasetStorageLocationDeleted event) {
        batch.touch(state.removeItem(event.locationUri()));
        batch.touch(event.datasetUri());
    }

    @EventHandler
    void on(GlossaryNodeCreated event) {
        if (event.nodeType() == GlossaryNodeType.TERM) {
            state.putTerm(event.nodeUri(), event.glossaryUri(), event.label(), event.path());
        }
    }

    @EventHandler
    void on(GlossaryNodeUpdated event) {
        if (event.nodeType() == GlossaryNodeType.TERM) {
            state.renameTerm(event.nodeUri(), event.label());
            batch.touch(state.targetsOfTerm(event.nodeUri()));
        }
    }

    @EventHandler
    void on(GlossaryNodeDeleted event) {
        batch.touch(state.removeTerms(event.deletedNodeUris()));
    }

    @EventHandler
    void on(GlossaryDeleted event) {
        batch.touch(state.removeTerms(event.deletedNodeUris()));
    }

    @EventHandler
    void on(TermAssociationApproved event) {
        state.approveLink(event.linkUri(), true);
        batch.touch(event.targetUri());
    }

    @EventHandler
    void on(TermAssociationDismissed event) {
        state.approveLink(event.linkUri(), false);
        batch.touch(event.targetUri());
    }

    @EventHandler
    void on(VoteCast event) {
        int before = Boolean.TRUE.equals(event.previousUpvote()) ? 1 : 0;
        int after = event.upvote() ? 1 : 0;
        if (after != before) {
            state.countVote(event.targetUri(), after - before);
            batch.touch(event.targetUri());
        }
    }

    @ResetHandler
    void reset() {
        state.reset();
    }

    private static com.fasterxml.jackson.databind.JsonNode stewards(String stewards) {
        return JSON.valueToTree(stewards == null || stewards.isBlank() ? List.of() : List.of(stewards));
    }
}

package io.grantline.projections.glossary;

import static io.grantline.projections.jooq.Tables.GLOSSARY_LINK_APPROVAL;
import static io.grantline.projections.jooq.Tables.GLOSSARY_NODE;
import static io.grantline.projections.jooq.Tables.GLOSSARY_TERM_LINK;
import static io.grantline.projections.support.Timestamps.utc;

import io.grantline.api.MetaDataKeys;
import io.grantline.api.dataset.DatasetEvents.DatasetDeleted;
import io.grantline.api.dataset.DatasetEvents.DatasetStorageLocationCreated;
import io.grantline.api.dataset.DatasetEvents.DatasetStorageLocationDeleted;
import io.grantline.api.dataset.DatasetEvents.DatasetStorageLocationUpdated;
import io.grantline.api.dataset.DatasetEvents.DatasetTableRemoved;
import io.grantline.api.dataset.DatasetEvents.DatasetTableUpdated;
import io.grantline.api.dataset.DatasetEvents.DatasetUpdated;
import io.grantline.api.glossary.GlossaryEvents.GlossaryCreated;
import io.grantline.api.glossary.GlossaryEvents.GlossaryDeleted;
import io.grantline.api.glossary.GlossaryEvents.GlossaryNodeCreated;
import io.grantline.api.glossary.GlossaryEvents.GlossaryNodeDeleted;
import io.grantline.api.glossary.GlossaryEvents.GlossaryNodeUpdated;
import io.grantline.api.glossary.GlossaryEvents.GlossaryUpdated;
import io.grantline.api.glossary.GlossaryEvents.TermAssociationApproved;
import io.grantline.api.glossary.GlossaryEvents.TermAssociationDismissed;
import io.grantline.api.glossary.GlossaryNodeType;
import io.grantline.api.glossary.TermLinks;
import io.grantline.projections.support.ReadModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** The glossary tree and the term links datasets, tables and folders make, from their events. */
@Component
@ProcessingGroup(ReadModel.PROCESSING_GROUP)
public class GlossaryProjection {

    private final DSLContext db;

    public GlossaryProjection(DSLContext db) {
        this.db = db;
    }

    @EventHandler
    void on(GlossaryCreated event) {
        db.insertInto(GLOSSARY_NODE)
                .set(GLOSSARY_NODE.NODE_URI, event.glossaryUri())
                .set(GLOSSARY_NODE.GLOSSARY_URI, event.glossaryUri())
                .set(GLOSSARY_NODE.NODE_TYPE, GlossaryNodeType.GLOSSARY.code())
                .set(GLOSSARY_NODE.PARENT_URI, "")
                .set(GLOSSARY_NODE.PATH, event.path())
                .set(GLOSSARY_NODE.LABEL, event.label())
                .set(GLOSSARY_NODE.README, event.readme())
                .set(GLOSSARY_NODE.STATUS, event.status())
                .set(GLOSSARY_NODE.OWNER, event.owner())
                .set(GLOSSARY_NODE.ADMIN, event.admin())
                .set(GLOSSARY_NODE.CREATED, utc(event.created()))
                .set(GLOSSARY_NODE.UPDATED, utc(event.created()))
                .onConflictDoNothing()
                .execute();
    }

    @EventHandler
    void on(GlossaryUpdated event) {
        db.update(GLOSSARY_NODE)
                .set(GLOSSARY_NODE.LABEL, event.label())
                .set(GLOSSARY_NODE.README, event.readme())
                .set(GLOSSARY_NODE.STATUS, event.status())
                .set(GLOSSARY_NODE.ADMIN, event.admin())
                .set(GLOSSARY_NODE.UPDATED, utc(event.updated()))
                .where(GLOSSARY_NODE.NODE_URI.eq(event.glossaryUri()))
                .execute();
    }

    @EventHandler
    void on(GlossaryDeleted event) {
        List<String> gone = new ArrayList<>(event.deletedNodeUris());
        gone.add(event.glossaryUri());
        markDeleted(gone, event.deleted());
    }

    @EventHandler
    void on(GlossaryNodeCreated event) {
        db.insertInto(GLOSSARY_NODE)
                .set(GLOSSARY_NODE.NODE_URI, event.nodeUri())
                .set(GLOSSARY_NODE.GLOSSARY_URI, event.glossaryUri())
                .set(GLOSSARY_NODE.NODE_TYPE, event.nodeType().code())
                .set(GLOSSARY_NODE.PARENT_URI, event.parentUri())
                .set(GLOSSARY_NODE.PATH, event.path())
                .set(GLOSSARY_NODE.LABEL, event.label())
                .set(GLOSSARY_NODE.README, event.readme())
                .set(GLOSSARY_NODE.STATUS, event.status())
                .set(GLOSSARY_NODE.OWNER, event.owner())
                .set(GLOSSARY_NODE.CREATED, utc(event.created()))
                .set(GLOSSARY_NODE.UPDATED, utc(event.created()))
                .onConflictDoNothing()
                .execute();
    }

    @EventHandler
    void on(GlossaryNodeUpdated event) {
        db.update(GLOSSARY_NODE)
                .set(GLOSSARY_NODE.LABEL, event.label())
                .set(GLOSSARY_NODE.README, event.readme())
                .set(GLOSSARY_NODE.STATUS, event.status())
                .set(GLOSSARY_NODE.UPDATED, utc(event.updated()))
                .where(GLOSSARY_NODE.NODE_URI.eq(event.nodeUri()))
                .execute();
    }

    @EventHandler
    void on(GlossaryNodeDeleted event) {
        markDeleted(event.deletedNodeUris(), event.deleted());
    }

    @EventHandler
    void on(TermAssociationApproved event) {
        approve(event.linkUri(), true, event.approved());
    }

    @EventHandler
    void on(TermAssociationDismissed event) {
        approve(event.linkUri(), false, event.dismissed());
    }

    @EventHandler
    void on(DatasetUpdated event, @MetaDataValue(MetaDataKeys.ACTOR) String actor) {
        link(event.datasetUri(), "Dataset", event.terms(), actor, event.updated());
    }

    @EventHandler
    void on(DatasetTableUpdated event, @MetaDataValue(MetaDataKeys.ACTOR) String actor) {
        link(event.tableUri(), "DatasetTable", event.terms(), actor, event.updated());
    }

    @EventHandler
    void on(DatasetStorageLocationCreated event, @MetaDataValue(MetaDataKeys.ACTOR) String actor) {
        link(event.locationUri(), "DatasetStorageLocation", event.terms(), actor, event.created());
    }

    @EventHandler
    void on(DatasetStorageLocationUpdated event, @MetaDataValue(MetaDataKeys.ACTOR) String actor) {
        link(event.locationUri(), "DatasetStorageLocation", event.terms(), actor, event.updated());
    }

    @EventHandler
    void on(DatasetTableRemoved event, @Timestamp Instant at) {
        link(event.tableUri(), "DatasetTable", List.of(), null, at);
    }

    @EventHandler
    void on(DatasetStorageLocationDeleted event, @Timestamp Instant at) {
        link(event.locationUri(), "DatasetStorageLocation", List.of(), null, at);
    }

    @EventHandler
    void on(DatasetDeleted event) {
        link(event.datasetUri(), "Dataset", List.of(), null, event.deleted());
    }

    @ResetHandler
    void reset() {
        db.deleteFrom(GLOSSARY_LINK_APPROVAL).execute();
        db.deleteFrom(GLOSSARY_TERM_LINK).execute();
        db.deleteFrom(GLOSSARY_NODE).execute();
    }

    /** Makes the target's links exactly the named terms. */
    private void link(String targetUri, String targetType, List<String> termUris, String owner, Instant at) {
        List<String> terms = termUris == null ? List.of() : termUris;
        db.deleteFrom(GLOSSARY_TERM_LINK)
                .where(GLOSSARY_TERM_LINK.TARGET_URI.eq(targetUri).and(GLOSSARY_TERM_LINK.TERM_URI.notIn(terms)))
                .execute();
        for (String termUri : terms) {
            db.insertInto(GLOSSARY_TERM_LINK)
                    .set(GLOSSARY_TERM_LINK.LINK_URI, TermLinks.linkUri(targetUri, termUri))
                    .set(GLOSSARY_TERM_LINK.TERM_URI, termUri)
                    .set(GLOSSARY_TERM_LINK.TARGET_URI, targetUri)
                    .set(GLOSSARY_TERM_LINK.TARGET_TYPE, targetType)
                    .set(GLOSSARY_TERM_LINK.OWNER, owner)
                    .set(GLOSSARY_TERM_LINK.CREATED, utc(at))
                    .set(GLOSSARY_TERM_LINK.UPDATED, utc(at))
                    .onConflictDoNothing()
                    .execute();
        }
    }

    private void approve(String linkUri, boolean approved, Instant at) {
        db.insertInto(GLOSSARY_LINK_APPROVAL)
                .set(GLOSSARY_LINK_APPROVAL.LINK_URI, linkUri)
                .set(GLOSSARY_LINK_APPROVAL.APPROVED, approved)
                .set(GLOSSARY_LINK_APPROVAL.UPDATED, utc(at))
                .onConflict(GLOSSARY_LINK_APPROVAL.LINK_URI)
                .doUpdate()
                .set(GLOSSARY_LINK_APPROVAL.APPROVED, approved)
                .set(GLOSSARY_LINK_APPROVAL.UPDATED, utc(at))
                .execute();
    }

    private void markDeleted(List<String> nodeUris, Instant at) {
        db.update(GLOSSARY_NODE)
                .set(GLOSSARY_NODE.DELETED, utc(at))
                .where(GLOSSARY_NODE.NODE_URI.in(nodeUris))
                .execute();
    }
}

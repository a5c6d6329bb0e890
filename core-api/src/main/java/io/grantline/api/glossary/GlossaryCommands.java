package io.grantline.api.glossary;

import io.grantline.api.Actor;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Commands of the Glossary aggregate, which holds a glossary with all its categories and terms. The API edge finds
 * a node's glossary in the read model; the aggregate re-checks that the node is its own and that the actor is the
 * glossary's owner or a member of its admin team.
 */
public final class GlossaryCommands {

    private GlossaryCommands() {
    }

    /** admin is the team that administers the glossary (data.all's admin); status defaults to "approved". */
    public record CreateGlossary(@TargetAggregateIdentifier String glossaryUri, String label, String readme,
                                 String status, String admin, Actor actor) {
    }

    /** Null fields stay as they are. */
    public record UpdateGlossary(@TargetAggregateIdentifier String glossaryUri, String label, String readme,
                                 String status, String admin, Actor actor) {
    }

    public record DeleteGlossary(@TargetAggregateIdentifier String glossaryUri, Actor actor) {
    }

    /** A category (under the glossary or a category) or a term (under the glossary or a category). */
    public record CreateGlossaryNode(@TargetAggregateIdentifier String glossaryUri, String nodeUri,
                                     GlossaryNodeType nodeType, String parentUri, String label, String readme,
                                     String status, Actor actor) {
    }

    /** Null fields stay as they are. */
    public record UpdateGlossaryNode(@TargetAggregateIdentifier String glossaryUri, String nodeUri, String label,
                                     String readme, String status, Actor actor) {
    }

    /** Deletes the node and everything under it. */
    public record DeleteGlossaryNode(@TargetAggregateIdentifier String glossaryUri, String nodeUri, Actor actor) {
    }

    /**
     * linkUri is {@link TermLinks#linkUri}(targetUri, termUri); targetType is data.all's (Dataset, DatasetTable, ...).
     * linkedSince is when the target last began naming the term: an approval given before then was for an earlier
     * link of the same pair (the term was taken off and named again), which data.all starts unapproved.
     */
    public record ApproveTermAssociation(@TargetAggregateIdentifier String glossaryUri, String termUri,
                                         String linkUri, String targetUri, String targetType, Instant linkedSince,
                                         Actor actor) {
    }

    public record DismissTermAssociation(@TargetAggregateIdentifier String glossaryUri, String termUri,
                                         String linkUri, String targetUri, String targetType, Instant linkedSince,
                                         Actor actor) {
    }
}

package io.grantline.command.glossary;

import static io.grantline.command.validation.Require.maxLength;
import static io.grantline.command.validation.Require.present;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.grantline.api.Actor;
import io.grantline.api.error.InvalidInput;
import io.grantline.api.error.ObjectNotFound;
import io.grantline.api.error.UnauthorizedOperation;
import io.grantline.api.glossary.GlossaryCommands.ApproveTermAssociation;
import io.grantline.api.glossary.GlossaryCommands.CreateGlossary;
import io.grantline.api.glossary.GlossaryCommands.CreateGlossaryNode;
import io.grantline.api.glossary.GlossaryCommands.DeleteGlossary;
import io.grantline.api.glossary.GlossaryCommands.DeleteGlossaryNode;
import io.grantline.api.glossary.GlossaryCommands.DismissTermAssociation;
import io.grantline.api.glossary.GlossaryCommands.UpdateGlossary;
import io.grantline.api.glossary.GlossaryCommands.UpdateGlossaryNode;
import io.grantline.api.glossary.GlossaryEvents.GlossaryCreated;
import io.grantline.api.glossary.GlossaryEvents.GlossaryDeleted;
import io.grantline.api.glossary.GlossaryEvents.GlossaryNodeCreated;
import io.grantline.api.glossary.GlossaryEvents.GlossaryNodeDeleted;
import io.grantline.api.glossary.GlossaryEvents.GlossaryNodeUpdated;
import io.grantline.api.glossary.GlossaryEvents.GlossaryUpdated;
import io.grantline.api.glossary.GlossaryEvents.TermAssociationApproved;
import io.grantline.api.glossary.GlossaryEvents.TermAssociationDismissed;
import io.grantline.api.glossary.GlossaryNodeType;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A business glossary (data.all's catalog module): its categories and terms as a tree, administered by one team,
 * and the approvals of the links datasets, tables and folders make to its terms.
 */
@Aggregate
public class Glossary {

    static final String DEFAULT_STATUS = "approved";
    static final int MAX_LABEL = 256;

    @AggregateIdentifier
    private String glossaryUri;
    private String label;
    private String readme;
    private String status;
    private String admin;
    private String owner;
    private boolean deleted;
    private final Map<String, Node> nodes = new LinkedHashMap<>();
    /** When each link was last approved. */
    private final Map<String, Instant> approvals = new HashMap<>();

    /** A category or term: where it hangs and its path, data.all's "/glossary/category/term". */
    private record Node(String nodeUri, GlossaryNodeType type, String parentUri, String path, String label,
                        String readme, String status) {
    }

    protected Glossary() {
    }

    @CommandHandler
    public Glossary(CreateGlossary command) {
        String label = maxLength("createGlossary", "label",
                present("createGlossary", "label", command.label()), MAX_LABEL);
        String admin = present("createGlossary", "admin", command.admin());
        apply(new GlossaryCreated(command.glossaryUri(), label, readmeOf(command.readme()),
                statusOf(command.status()), admin, command.actor().username(), "/" + command.glossaryUri(),
                Instant.now()));
    }

    @CommandHandler
    public void handle(UpdateGlossary command) {
        requireAdmin(command.actor());
        String newLabel = command.label() == null ? label
                : maxLength("updateGlossary", "label", present("updateGlossary", "label", command.label()), MAX_LABEL);
        String newAdmin = command.admin() == null ? admin : present("updateGlossary", "admin", command.admin());
        apply(new GlossaryUpdated(glossaryUri, newLabel, command.readme() == null ? readme : command.readme(),
                command.status() == null ? status : command.status(), newAdmin, Instant.now()));
    }

    @CommandHandler
    public int handle(DeleteGlossary command) {
        requireAdmin(command.actor());
        List<String> everything = List.copyOf(nodes.keySet());
        apply(new GlossaryDeleted(glossaryUri, everything, Instant.now()));
        return everything.size() + 1;
    }

    @CommandHandler
    public void handle(CreateGlossaryNode command) {
        String action = command.nodeType() == GlossaryNodeType.TERM ? "createTerm" : "createCategory";
        requireAdmin(command.actor());
        if (command.nodeType() == GlossaryNodeType.GLOSSARY) {
            throw new InvalidInput(action, "nodeType", "a glossary is created with createGlossary");
        }
        String parentPath = pathOf(command.parentUri(), action);
        String label = maxLength(action, "label", present(action, "label", command.label()), MAX_LABEL);
        String path = parentPath + "/" + command.nodeUri();
        apply(new GlossaryNodeCreated(glossaryUri, command.nodeUri(), command.nodeType(), command.parentUri(), path,
                label, readmeOf(command.readme()), statusOf(command.status()), command.actor().username(),
                Instant.now()));
    }

    @CommandHandler
    public void handle(UpdateGlossaryNode command) {
        Node node = node(command.nodeUri());
        String action = node.type() == GlossaryNodeType.TERM ? "updateTerm" : "updateCategory";
        requireAdmin(command.actor());
        String newLabel = command.label() == null ? node.label()
                : maxLength(action, "label", present(action, "label", command.label()), MAX_LABEL);
        apply(new GlossaryNodeUpdated(glossaryUri, node.nodeUri(), node.type(), newLabel,
                command.readme() == null ? node.readme() : command.readme(),
                command.status() == null ? node.status() : command.status(), Instant.now()));
    }

    @CommandHandler
    public int handle(DeleteGlossaryNode command) {
        Node node = node(command.nodeUri());
        requireAdmin(command.actor());
        List<String> subtree = nodes.values().stream()
                .filter(other -> other.path().equals(node.path()) || other.path().startsWith(node.path() + "/"))
                .map(Node::nodeUri).toList();
        apply(new GlossaryNodeDeleted(glossaryUri, node.nodeUri(), node.type(), subtree, Instant.now()));
        return subtree.size();
    }

    /** Answers whether anything changed: approving an approved link changes nothing, as in data.all. */
    @CommandHandler
    public boolean handle(ApproveTermAssociation command) {
        requireTerm(command.termUri(), "approveTermAssociation");
        requireApprover(command.actor());
        if (approved(command.linkUri(), command.linkedSince())) {
            return false;
        }
        apply(new TermAssociationApproved(glossaryUri, command.termUri(), command.linkUri(), command.targetUri(),
                command.targetType(), command.actor().username(), Instant.now()));
        return true;
    }

    @CommandHandler
    public boolean handle(DismissTermAssociation command) {
        requireTerm(command.termUri(), "dismissTermAssociation");
        requireApprover(command.actor());
        if (!approved(command.linkUri(), command.linkedSince())) {
            return false;
        }
        apply(new TermAssociationDismissed(glossaryUri, command.termUri(), command.linkUri(), command.targetUri(),
                command.targetType(), command.actor().username(), Instant.now()));
        return true;
    }

    /** Approved since the link began: an older approval was for an earlier link of the same pair. */
    private boolean approved(String linkUri, Instant linkedSince) {
        Instant approvedAt = approvals.get(linkUri);
        return approvedAt != null && (linkedSince == null || !approvedAt.isBefore(linkedSince));
    }

    private void requireAdmin(Actor actor) {
        requireLive();
        if (!administers(actor)) {
            throw new UnauthorizedOperation("GLOSSARY MUTATION",
                    "User " + actor.username() + " is not the admin of the glossary " + label + ".");
        }
    }

    /** The same people as for any change, refused in data.all's words for term associations. */
    private void requireApprover(Actor actor) {
        requireLive();
        if (!administers(actor)) {
            throw new UnauthorizedOperation("ASSOCIATE_GLOSSARY_TERM",
                    "User: " + actor.username() + " is not allowed to manage glossary term associations");
        }
    }

    private boolean administers(Actor actor) {
        return actor.username().equals(owner) || actor.isMemberOf(admin);
    }

    private void requireLive() {
        if (deleted) {
            throw new ObjectNotFound("Glossary", glossaryUri);
        }
    }

    private Node node(String nodeUri) {
        Node node = nodes.get(nodeUri);
        if (node == null || deleted) {
            throw new ObjectNotFound("Node", nodeUri);
        }
        return node;
    }

    private void requireTerm(String termUri, String action) {
        if (node(termUri).type() != GlossaryNodeType.TERM) {
            throw new InvalidInput(action, "linkUri", "the link does not name a term");
        }
    }

    /** The path of a node that may hold categories and terms: the glossary itself or one of its categories. */
    private String pathOf(String parentUri, String action) {
        if (glossaryUri.equals(parentUri)) {
            return "/" + glossaryUri;
        }
        Node parent = nodes.get(parentUri);
        if (parent == null) {
            throw new ObjectNotFound("Glossary or Category", parentUri);
        }
        if (parent.type() != GlossaryNodeType.CATEGORY) {
            throw new InvalidInput(action, "parentUri", "Category or Glossary are required to create a term");
        }
        return parent.path();
    }

    private static String readmeOf(String readme) {
        return readme == null ? "" : readme;
    }

    private static String statusOf(String status) {
        return status == null || status.isBlank() ? DEFAULT_STATUS : status;
    }

    @EventSourcingHandler
    void on(GlossaryCreated event) {
        glossaryUri = event.glossaryUri();
        label = event.label();
        readme = event.readme();
        status = event.status();
        admin = event.admin();
        owner = event.owner();
    }

    @EventSourcingHandler
    void on(GlossaryUpdated event) {
        label = event.label();
        readme = event.readme();
        status = event.status();
        admin = event.admin();
    }

    @EventSourcingHandler
    void on(GlossaryDeleted event) {
        deleted = true;
    }

    @EventSourcingHandler
    void on(GlossaryNodeCreated event) {
        nodes.put(event.nodeUri(), new Node(event.nodeUri(), event.nodeType(), event.parentUri(), event.path(),
                event.label(), event.readme(), event.status()));
    }

    @EventSourcingHandler
    void on(GlossaryNodeUpdated event) {
        Node node = nodes.get(event.nodeUri());
        nodes.put(node.nodeUri(), new Node(node.nodeUri(), node.type(), node.parentUri(), node.path(), event.label(),
                event.readme(), event.status()));
    }

    @EventSourcingHandler
    void on(GlossaryNodeDeleted event) {
        event.deletedNodeUris().forEach(nodes::remove);
    }

    @EventSourcingHandler
    void on(TermAssociationApproved event) {
        approvals.put(event.linkUri(), event.approved());
    }

    @EventSourcingHandler
    void on(TermAssociationDismissed event) {
        approvals.remove(event.linkUri());
    }
}

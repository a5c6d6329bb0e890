package io.grantline.graphql.glossary;

import io.grantline.api.Actor;
import io.grantline.api.error.ObjectNotFound;
import io.grantline.api.error.UnauthorizedOperation;
import io.grantline.api.glossary.GlossaryQueries.FindGlossaryNode;
import io.grantline.api.glossary.GlossaryQueries.GlossaryNodeView;
import io.grantline.api.permission.TenantPermission;
import io.grantline.graphql.security.Authorizer;
import io.grantline.graphql.support.Queries;
import org.springframework.stereotype.Component;

/**
 * data.all's glossary checks: MANAGE_GLOSSARIES to change glossaries at all, and membership of the glossary's
 * admin team to change one (its glossary_owner check, worded as data.all words it).
 */
@Component
class GlossaryAccess {

    private final Authorizer authorizer;
    private final Queries queries;

    GlossaryAccess(Authorizer authorizer, Queries queries) {
        this.authorizer = authorizer;
        this.queries = queries;
    }

    void requireManageGlossaries(Actor actor) {
        authorizer.requireTenant(actor, TenantPermission.MANAGE_GLOSSARIES);
    }

    /** The live node, its glossary administered by one of the caller's teams. */
    GlossaryNodeView administeredNode(Actor actor, String nodeUri) {
        requireManageGlossaries(actor);
        GlossaryNodeView node = liveNode(nodeUri);
        GlossaryNodeView glossary = liveNode(node.glossaryUri());
        if (!actor.isMemberOf(glossary.admin())) {
            throw new UnauthorizedOperation("GLOSSARY MUTATION",
                    "User " + actor.username() + " is not the admin of the glossary " + glossary.label() + ".");
        }
        return node;
    }

    GlossaryNodeView liveNode(String nodeUri) {
        GlossaryNodeView node = queries.ask(new FindGlossaryNode(nodeUri), GlossaryNodeView.class);
        if (node == null || node.deleted() != null) {
            throw new ObjectNotFound("Node", nodeUri);
        }
        return node;
    }
}

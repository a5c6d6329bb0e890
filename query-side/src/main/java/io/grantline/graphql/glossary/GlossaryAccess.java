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
 * data.all's glossary checks: MANAGE_GLOSSARIES to change glossaries at all, and being the glossary's owner or a
 * member of its admin team to change one or approve links to its terms (worded as data.all words each refusal).
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

    /** The live node, its glossary owned by the caller or administered by one of the caller's teams. */
    GlossaryNodeView administeredNode(Actor actor, String nodeUri) {
        requireManageGlossaries(actor);
        GlossaryNodeView node = liveNode(nodeUri);
        GlossaryNodeView glossary = liveNode(node.glossaryUri());
        if (!administers(actor, glossary)) {
            throw new UnauthorizedOperation("GLOSSARY MUTATION",
                    "User " + actor.username() + " is not the admin of the glossary " + glossary.label() + ".");
        }
        return node;
    }

    /** The live term, the caller allowed to approve and dismiss the links to it. */
    GlossaryNodeView approvableTerm(Actor actor, String termUri) {
        requireManageGlossaries(actor);
        GlossaryNodeView term = liveNode(termUri);
        if (!administers(actor, liveNode(term.glossaryUri()))) {
            throw new UnauthorizedOperation("ASSOCIATE_GLOSSARY_TERM",
                    "User: " + actor.username() + " is not allowed to manage glossary term associations");
        }
        return term;
    }

    static boolean administers(Actor actor, GlossaryNodeView glossary) {
        return actor.username().equals(glossary.owner()) || actor.isMemberOf(glossary.admin());
    }

    GlossaryNodeView liveNode(String nodeUri) {
        GlossaryNodeView node = queries.ask(new FindGlossaryNode(nodeUri), GlossaryNodeView.class);
        if (node == null || node.deleted() != null) {
            throw new ObjectNotFound("Node", nodeUri);
        }
        return node;
    }
}

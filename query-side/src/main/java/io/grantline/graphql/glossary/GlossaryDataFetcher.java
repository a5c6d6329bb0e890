package io.grantline.graphql.glossary;

import static io.grantline.graphql.support.Inputs.required;
import static io.grantline.graphql.support.Inputs.string;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsMutation;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import io.grantline.api.Actor;
import io.grantline.api.Page;
import io.grantline.api.ResourceUris;
import io.grantline.api.error.InvalidInput;
import io.grantline.api.error.ObjectNotFound;
import io.grantline.api.error.RequiredParameter;
import io.grantline.api.glossary.GlossaryCommands.ApproveTermAssociation;
import io.grantline.api.glossary.GlossaryCommands.CreateGlossary;
import io.grantline.api.glossary.GlossaryCommands.CreateGlossaryNode;
import io.grantline.api.glossary.GlossaryCommands.DeleteGlossary;
import io.grantline.api.glossary.GlossaryCommands.DeleteGlossaryNode;
import io.grantline.api.glossary.GlossaryCommands.DismissTermAssociation;
import io.grantline.api.glossary.GlossaryCommands.UpdateGlossary;
import io.grantline.api.glossary.GlossaryCommands.UpdateGlossaryNode;
import io.grantline.api.glossary.GlossaryNodeType;
import io.grantline.api.glossary.GlossaryQueries.FindTermLink;
import io.grantline.api.glossary.GlossaryQueries.GlossaryNodeView;
import io.grantline.api.glossary.GlossaryQueries.ListGlossaries;
import io.grantline.api.glossary.GlossaryQueries.TermLinkView;
import io.grantline.graphql.security.CurrentActor;
import io.grantline.graphql.support.Commands;
import io.grantline.graphql.support.Queries;
import io.grantline.graphql.support.SearchResult;
import java.time.Instant;
import java.util.Map;

/** data.all's glossary operations: glossaries, categories and terms, and approving the links to terms. */
@DgsComponent
public class GlossaryDataFetcher {

    private final CurrentActor currentActor;
    private final GlossaryAccess access;
    private final Commands commands;
    private final Queries queries;

    public GlossaryDataFetcher(CurrentActor currentActor, GlossaryAccess access, Commands commands, Queries queries) {
        this.currentActor = currentActor;
        this.access = access;
        this.commands = commands;
        this.queries = queries;
    }

    @DgsQuery
    public GlossaryNodeView getGlossary(@InputArgument String nodeUri) {
        required("getGlossary", "nodeUri", nodeUri);
        return access.liveNode(nodeUri);
    }

    @DgsQuery
    @SuppressWarnings("unchecked")
    public SearchResult<GlossaryNodeView> listGlossaries(@InputArgument Map<String, Object> filter) {
        GlossaryPaging paging = GlossaryPaging.of(filter, "listGlossaries");
        Page<GlossaryNodeView> page = queries.ask(new ListGlossaries(paging.term(), paging.page(), paging.pageSize()),
                Page.class);
        return SearchResult.of(page, node -> node);
    }

    @DgsQuery
    public SearchResult<GlossaryNodeView> searchGlossary(@InputArgument Map<String, Object> filter) {
        return GlossaryTrees.nodes(queries, null, false, null, filter, "searchGlossary");
    }

    @DgsMutation
    public GlossaryNodeView createGlossary(@InputArgument Map<String, Object> input) {
        Actor actor = currentActor.get();
        access.requireManageGlossaries(actor);
        if (input == null) {
            throw new RequiredParameter("createGlossary", "input");
        }
        String glossaryUri = ResourceUris.next();
        commands.send(new CreateGlossary(glossaryUri, string(input, "label"), string(input, "readme"),
                string(input, "status"), string(input, "admin"), actor), glossaryUri, actor);
        return access.liveNode(glossaryUri);
    }

    @DgsMutation
    public GlossaryNodeView updateGlossary(@InputArgument String nodeUri, @InputArgument Map<String, Object> input) {
        Actor actor = currentActor.get();
        GlossaryNodeView glossary = access.administeredNode(actor, required("updateGlossary", "nodeUri", nodeUri));
        requireType(glossary, GlossaryNodeType.GLOSSARY, "updateGlossary");
        Map<String, Object> given = input == null ? Map.of() : input;
        commands.send(new UpdateGlossary(nodeUri, string(given, "label"), string(given, "readme"),
                string(given, "status"), string(given, "admin"), actor), nodeUri, actor);
        return access.liveNode(nodeUri);
    }

    @DgsMutation
    public Integer deleteGlossary(@InputArgument String nodeUri) {
        Actor actor = currentActor.get();
        GlossaryNodeView glossary = access.administeredNode(actor, required("deleteGlossary", "nodeUri", nodeUri));
        requireType(glossary, GlossaryNodeType.GLOSSARY, "deleteGlossary");
        return commands.send(new DeleteGlossary(nodeUri, actor), nodeUri, actor);
    }

    @DgsMutation
    public GlossaryNodeView createCategory(@InputArgument String parentUri, @InputArgument Map<String, Object> input) {
        return createNode(GlossaryNodeType.CATEGORY, "createCategory", parentUri, input);
    }

    @DgsMutation
    public GlossaryNodeView createTerm(@InputArgument String parentUri, @InputArgument Map<String, Object> input) {
        return createNode(GlossaryNodeType.TERM, "createTerm", parentUri, input);
    }

    @DgsMutation
    public GlossaryNodeView updateCategory(@InputArgument String nodeUri, @InputArgument Map<String, Object> input) {
        return updateNode(GlossaryNodeType.CATEGORY, "updateCategory", nodeUri, input);
    }

    @DgsMutation
    public GlossaryNodeView updateTerm(@InputArgument String nodeUri, @InputArgument Map<String, Object> input) {
        return updateNode(GlossaryNodeType.TERM, "updateTerm", nodeUri, input);
    }

    @DgsMutation
    public Integer deleteCategory(@InputArgument String nodeUri) {
        return deleteNode(GlossaryNodeType.CATEGORY, "deleteCategory", nodeUri);
    }

    @DgsMutation
    public Integer deleteTerm(@InputArgument String nodeUri) {
        return deleteNode(GlossaryNodeType.TERM, "deleteTerm", nodeUri);
    }

    @DgsMutation
    public Boolean approveTermAssociation(@InputArgument String linkUri) {
        Actor actor = currentActor.get();
        TermLinkView link = link(actor, required("approveTermAssociation", "linkUri", linkUri));
        String glossaryUri = access.approvableTerm(actor, link.termUri()).glossaryUri();
        return commands.send(new ApproveTermAssociation(glossaryUri, link.termUri(), linkUri, link.targetUri(),
                link.targetType(), Instant.parse(link.created()), actor), glossaryUri, actor);
    }

    @DgsMutation
    public Boolean dismissTermAssociation(@InputArgument String linkUri) {
        Actor actor = currentActor.get();
        TermLinkView link = link(actor, required("dismissTermAssociation", "linkUri", linkUri));
        String glossaryUri = access.approvableTerm(actor, link.termUri()).glossaryUri();
        return commands.send(new DismissTermAssociation(glossaryUri, link.termUri(), linkUri, link.targetUri(),
                link.targetType(), Instant.parse(link.created()), actor), glossaryUri, actor);
    }

    private GlossaryNodeView createNode(GlossaryNodeType type, String action, String parentUri,
                                        Map<String, Object> input) {
        Actor actor = currentActor.get();
        GlossaryNodeView parent = access.administeredNode(actor, required(action, "parentUri", parentUri));
        if (input == null) {
            throw new RequiredParameter(action, "input");
        }
        String nodeUri = ResourceUris.next();
        commands.send(new CreateGlossaryNode(parent.glossaryUri(), nodeUri, type, parentUri,
                string(input, "label"), string(input, "readme"), string(input, "status"), actor),
                parent.glossaryUri(), actor);
        return access.liveNode(nodeUri);
    }

    private GlossaryNodeView updateNode(GlossaryNodeType type, String action, String nodeUri,
                                        Map<String, Object> input) {
        Actor actor = currentActor.get();
        GlossaryNodeView node = access.administeredNode(actor, required(action, "nodeUri", nodeUri));
        requireType(node, type, action);
        Map<String, Object> given = input == null ? Map.of() : input;
        commands.send(new UpdateGlossaryNode(node.glossaryUri(), nodeUri, string(given, "label"),
                string(given, "readme"), string(given, "status"), actor), node.glossaryUri(), actor);
        return access.liveNode(nodeUri);
    }

    private Integer deleteNode(GlossaryNodeType type, String action, String nodeUri) {
        Actor actor = currentActor.get();
        GlossaryNodeView node = access.administeredNode(actor, required(action, "nodeUri", nodeUri));
        requireType(node, type, action);
        return commands.send(new DeleteGlossaryNode(node.glossaryUri(), nodeUri, actor), node.glossaryUri(), actor);
    }

    private TermLinkView link(Actor actor, String linkUri) {
        access.requireManageGlossaries(actor);
        TermLinkView link = queries.ask(new FindTermLink(linkUri), TermLinkView.class);
        if (link == null) {
            throw new ObjectNotFound("Link", linkUri);
        }
        return link;
    }

    private static void requireType(GlossaryNodeView node, GlossaryNodeType type, String action) {
        if (node.nodeType() != type) {
            throw new InvalidInput(action, "nodeUri", node.nodeUri() + " is a "
                    + node.nodeType().name().toLowerCase() + ", not a " + type.name().toLowerCase());
        }
    }
}

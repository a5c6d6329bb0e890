package io.grantline.graphql.glossary;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsData;
import com.netflix.graphql.dgs.DgsDataFetchingEnvironment;
import com.netflix.graphql.dgs.DgsTypeResolver;
import com.netflix.graphql.dgs.InputArgument;
import io.grantline.api.Page;
import io.grantline.api.glossary.GlossaryNodeType;
import io.grantline.api.glossary.GlossaryQueries.CountGlossaryNodes;
import io.grantline.api.glossary.GlossaryQueries.FindGlossaryNode;
import io.grantline.api.glossary.GlossaryQueries.GlossaryNodeView;
import io.grantline.api.glossary.GlossaryQueries.GlossaryStats;
import io.grantline.api.glossary.GlossaryQueries.ListTermAssociations;
import io.grantline.api.glossary.GlossaryQueries.TermLinkView;
import io.grantline.graphql.security.CurrentActor;
import io.grantline.graphql.support.Queries;
import io.grantline.graphql.support.SearchResult;
import java.util.HashMap;
import java.util.Map;

/** The nested fields of glossaries, categories, terms and term links, as data.all resolves them. */
@DgsComponent
public class GlossaryNodeFieldsDataFetcher {

    /** data.all's page size for a node's associations. */
    static final int ASSOCIATIONS_PAGE_SIZE = 25;

    private final CurrentActor currentActor;
    private final Queries queries;

    public GlossaryNodeFieldsDataFetcher(CurrentActor currentActor, Queries queries) {
        this.currentActor = currentActor;
        this.queries = queries;
    }

    @DgsTypeResolver(name = "GlossaryNode")
    public String nodeType(GlossaryNodeView node) {
        return switch (node.nodeType()) {
            case GLOSSARY -> "Glossary";
            case CATEGORY -> "Category";
            case TERM -> "Term";
        };
    }

    /** Every node below this one, ordered by path. */
    @DgsData(parentType = "Glossary", field = "children")
    @DgsData(parentType = "Category", field = "children")
    @DgsData(parentType = "Term", field = "children")
    public SearchResult<GlossaryNodeView> children(DgsDataFetchingEnvironment dfe,
                                                  @InputArgument Map<String, Object> filter) {
        GlossaryNodeView node = dfe.getSource();
        return GlossaryTrees.nodes(queries, node.path(), false, null, filter, "children");
    }

    /** The glossary and every node below it, ordered by path. */
    @DgsData(parentType = "Glossary", field = "tree")
    public SearchResult<GlossaryNodeView> tree(DgsDataFetchingEnvironment dfe,
                                              @InputArgument Map<String, Object> filter) {
        GlossaryNodeView node = dfe.getSource();
        return GlossaryTrees.nodes(queries, node.path(), true, null, filter, "tree");
    }

    @DgsData(parentType = "Glossary", field = "categories")
    @DgsData(parentType = "Category", field = "categories")
    public SearchResult<GlossaryNodeView> categories(DgsDataFetchingEnvironment dfe,
                                                    @InputArgument Map<String, Object> filter) {
        GlossaryNodeView node = dfe.getSource();
        return direct(node, GlossaryNodeType.CATEGORY, filter);
    }

    @DgsData(parentType = "Category", field = "terms")
    public SearchResult<GlossaryNodeView> terms(DgsDataFetchingEnvironment dfe,
                                               @InputArgument Map<String, Object> filter) {
        GlossaryNodeView node = dfe.getSource();
        return direct(node, GlossaryNodeType.TERM, filter);
    }

    @DgsData(parentType = "Glossary", field = "associations")
    @DgsData(parentType = "Category", field = "associations")
    @DgsData(parentType = "Term", field = "associations")
    @SuppressWarnings("unchecked")
    public SearchResult<TermLinkView> associations(DgsDataFetchingEnvironment dfe,
                                                  @InputArgument Map<String, Object> filter) {
        GlossaryNodeView node = dfe.getSource();
        Map<String, Object> given = filter == null ? Map.of("pageSize", ASSOCIATIONS_PAGE_SIZE) : filter;
        GlossaryPaging paging = GlossaryPaging.of(given.containsKey("pageSize") ? given
                : Map.of("page", given.getOrDefault("page", 1), "pageSize", ASSOCIATIONS_PAGE_SIZE), "associations");
        String termUri = node.nodeType() == GlossaryNodeType.TERM ? node.nodeUri() : null;
        Page<TermLinkView> page = queries.ask(new ListTermAssociations(node.path(), termUri,
                (String) given.get("term"), paging.page(), paging.pageSize()), Page.class);
        return SearchResult.of(page, link -> link);
    }

    @DgsData(parentType = "Glossary", field = "stats")
    @DgsData(parentType = "Category", field = "stats")
    @DgsData(parentType = "Term", field = "stats")
    public GlossaryStats stats(DgsDataFetchingEnvironment dfe) {
        GlossaryNodeView node = dfe.getSource();
        return queries.ask(new CountGlossaryNodes(node.path()), GlossaryStats.class);
    }

    @DgsData(parentType = "Glossary", field = "userRoleForGlossary")
    public String userRoleForGlossary(DgsDataFetchingEnvironment dfe) {
        GlossaryNodeView glossary = dfe.getSource();
        return GlossaryAccess.administers(currentActor.get(), glossary) ? "Admin" : "NoPermission";
    }

    @DgsData(parentType = "Term", field = "glossary")
    public GlossaryNodeView glossary(DgsDataFetchingEnvironment dfe) {
        GlossaryNodeView term = dfe.getSource();
        return queries.ask(new FindGlossaryNode(term.glossaryUri()), GlossaryNodeView.class);
    }

    @DgsData(parentType = "GlossaryTermLink", field = "nodeUri")
    public String linkNodeUri(DgsDataFetchingEnvironment dfe) {
        TermLinkView link = dfe.getSource();
        return link.termUri();
    }

    @DgsData(parentType = "GlossaryTermLink", field = "term")
    public GlossaryNodeView linkTerm(DgsDataFetchingEnvironment dfe) {
        TermLinkView link = dfe.getSource();
        return queries.ask(new FindGlossaryNode(link.termUri()), GlossaryNodeView.class);
    }

    @DgsData(parentType = "GlossaryTermLink", field = "target")
    public Map<String, String> linkTarget(DgsDataFetchingEnvironment dfe) {
        TermLinkView link = dfe.getSource();
        return link.targetLabel() == null ? null : Map.of("label", link.targetLabel());
    }

    private SearchResult<GlossaryNodeView> direct(GlossaryNodeView node, GlossaryNodeType type,
                                                 Map<String, Object> filter) {
        Map<String, Object> given = filter == null ? Map.of() : filter;
        Map<String, Object> typed = new HashMap<>(given);
        typed.put("nodeType", type.code());
        return GlossaryTrees.nodes(queries, null, false, node.nodeUri(), typed, type.name().toLowerCase());
    }
}

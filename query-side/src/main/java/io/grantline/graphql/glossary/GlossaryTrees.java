package io.grantline.graphql.glossary;

import io.grantline.api.Page;
import io.grantline.api.error.InvalidInput;
import io.grantline.api.glossary.GlossaryNodeType;
import io.grantline.api.glossary.GlossaryQueries.GlossaryNodeView;
import io.grantline.api.glossary.GlossaryQueries.ListGlossaryNodes;
import io.grantline.graphql.support.Queries;
import io.grantline.graphql.support.SearchResult;
import java.util.Map;

/** Pages of glossary nodes for a GlossaryNodeSearchFilter (nodeType G, C or T, term, paging). */
final class GlossaryTrees {

    private GlossaryTrees() {
    }

    @SuppressWarnings("unchecked")
    static SearchResult<GlossaryNodeView> nodes(Queries queries, String underPath, boolean includeNode,
                                               String parentUri, Map<String, Object> filter, String action) {
        GlossaryPaging paging = GlossaryPaging.of(filter, action);
        GlossaryNodeType type = nodeType(filter, action);
        Page<GlossaryNodeView> page = queries.ask(new ListGlossaryNodes(underPath, includeNode, parentUri, type,
                paging.term(), paging.page(), paging.pageSize()), Page.class);
        return SearchResult.of(page, node -> node);
    }

    static GlossaryNodeType nodeType(Map<String, Object> filter, String action) {
        Object code = filter == null ? null : filter.get("nodeType");
        if (code == null || code.toString().isBlank()) {
            return null;
        }
        try {
            return GlossaryNodeType.ofCode(code.toString());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(action, "nodeType", "must be G, C or T, was " + code);
        }
    }
}

package io.grantline.api.glossary;

import java.util.List;
import java.util.Map;

/** Queries the glossary read model answers. */
public final class GlossaryQueries {

    private GlossaryQueries() {
    }

    /** A glossary, category or term; deleted is set once it was deleted. */
    public record GlossaryNodeView(String nodeUri, String glossaryUri, GlossaryNodeType nodeType, String parentUri,
                                   String path, String label, String readme, String status, String owner,
                                   String admin, String created, String updated, String deleted) {
    }

    /** Answers the node (deleted ones too, so that the API can tell deleted from unknown) or null. */
    public record FindGlossaryNode(String nodeUri) {
    }

    /** listGlossaries: live glossaries by label, a term matching label or readme. */
    public record ListGlossaries(String term, int page, int pageSize) {
    }

    /**
     * Live nodes ordered by path. underPath: only nodes below that path (and the node itself when includeNode);
     * parentUri: only direct children of that node; nodeType: only that kind; term: label or readme contains it.
     * Null constraints do not constrain.
     */
    public record ListGlossaryNodes(String underPath, boolean includeNode, String parentUri,
                                    GlossaryNodeType nodeType, String term, int page, int pageSize) {
    }

    /** Categories, terms and term links below a path. */
    public record CountGlossaryNodes(String path) {
    }

    public record GlossaryStats(int categories, int terms, int associations) {
    }

    /**
     * A term link: a dataset, table, folder or column naming a term. approvedByOwner is always true (whoever named the
     * term owned the target); approvedBySteward once the glossary's admin team approved it.
     */
    public record TermLinkView(String linkUri, String termUri, String targetUri, String targetType,
                               String targetLabel, String owner, boolean approvedByOwner, boolean approvedBySteward,
                               String created, String updated) {
    }

    public record FindTermLink(String linkUri) {
    }

    /** The links to terms below a path (or to exactly the term when termUri is set), term matching the target. */
    public record ListTermAssociations(String path, String termUri, String term, int page, int pageSize) {
    }

    /** The live terms each target names, for Dataset.terms and the like. */
    public record FindTargetTerms(List<String> targetUris) {
    }

    public record TargetTerms(Map<String, List<GlossaryNodeView>> byTarget) {
    }

    /** The links each target makes, for DatasetTableColumn.terms. */
    public record FindTargetTermLinks(List<String> targetUris) {
    }

    public record TargetTermLinks(Map<String, List<TermLinkView>> byTarget) {
    }

    /** Which of these uris are live terms (for checking the terms a dataset, table or folder names). */
    public record FindLiveTerms(List<String> nodeUris) {
    }

    public record LiveTerms(List<String> termUris) {
    }
}

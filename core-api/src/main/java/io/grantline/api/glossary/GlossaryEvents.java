package io.grantline.api.glossary;

import java.time.Instant;
import java.util.List;

/**
 * Facts about a glossary and its nodes. Paths are data.all's: "/glossaryUri", then "/categoryUri" and "/termUri"
 * appended for each level, so a node's subtree is every node whose path starts with its own.
 */
public final class GlossaryEvents {

    private GlossaryEvents() {
    }

    public record GlossaryCreated(String glossaryUri, String label, String readme, String status, String admin,
                                  String owner, String path, Instant created) {
    }

    /** Carries the whole updatable state after the change. */
    public record GlossaryUpdated(String glossaryUri, String label, String readme, String status, String admin,
                                  Instant updated) {
    }

    /** deletedNodeUris: every category and term that went with it. */
    public record GlossaryDeleted(String glossaryUri, List<String> deletedNodeUris, Instant deleted) {
    }

    public record GlossaryNodeCreated(String glossaryUri, String nodeUri, GlossaryNodeType nodeType,
                                      String parentUri, String path, String label, String readme, String status,
                                      String owner, Instant created) {
    }

    /** Carries the whole updatable state after the change. */
    public record GlossaryNodeUpdated(String glossaryUri, String nodeUri, GlossaryNodeType nodeType, String label,
                                      String readme, String status, Instant updated) {
    }

    /** deletedNodeUris: the node and every node under it. */
    public record GlossaryNodeDeleted(String glossaryUri, String nodeUri, GlossaryNodeType nodeType,
                                      List<String> deletedNodeUris, Instant deleted) {
    }

    public record TermAssociationApproved(String glossaryUri, String termUri, String linkUri, String targetUri,
                                          String targetType, String approvedBy, Instant approved) {
    }

    public record TermAssociationDismissed(String glossaryUri, String termUri, String linkUri, String targetUri,
                                           String targetType, String dismissedBy, Instant dismissed) {
    }
}

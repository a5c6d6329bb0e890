package io.grantline.projections.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import io.grantline.api.catalog.CatalogAccess;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Whether the caller owns a catalog item (one of their teams is its dataset's owner team or stewards), already has
 * it (a share of it, or of a table or folder of the dataset, succeeded for one of their teams, or a team holds a
 * permission on it), or can request it. Read from the read model, which is as current as the permission checks.
 */
@Component
public class CatalogAccessRules {

    private static final String HELD = """
            select distinct resource_uri as uri from resource_policy
            where resource_uri = any(cast(? as varchar[])) and group_uri = any(cast(? as varchar[]))
            union
            select distinct si.item_uri from share_item si join share_object so on so.share_uri = si.share_uri
            where si.item_uri = any(cast(? as varchar[])) and so.group_uri = any(cast(? as varchar[]))
              and si.status = 'Share_Succeeded'
            union
            select distinct so.dataset_uri from share_item si join share_object so on so.share_uri = si.share_uri
            where so.dataset_uri = any(cast(? as varchar[])) and so.group_uri = any(cast(? as varchar[]))
              and si.status = 'Share_Succeeded'""";

    private final DSLContext db;

    public CatalogAccessRules(DSLContext db) {
        this.db = db;
    }

    Map<String, CatalogAccess> of(List<JsonNode> documents, List<String> callerGroups) {
        Set<String> groups = new HashSet<>(callerGroups == null ? List.of() : callerGroups);
        String[] uris = documents.stream().map(doc -> doc.path("uri").asText()).toArray(String[]::new);
        String[] teams = groups.toArray(String[]::new);
        Set<String> held = new HashSet<>(db.fetch(HELD, uris, teams, uris, teams, uris, teams)
                .getValues(0, String.class));
        Map<String, CatalogAccess> access = new HashMap<>();
        for (JsonNode doc : documents) {
            String uri = doc.path("uri").asText();
            if (CatalogSearch.ownedBy(doc, groups)) {
                access.put(uri, CatalogAccess.Owner);
            } else {
                access.put(uri, held.contains(uri) ? CatalogAccess.HasAccess : CatalogAccess.CanRequest);
            }
        }
        return access;
    }
}

package io.grantline.graphql.catalog;

import io.grantline.api.catalog.CatalogQueries.CatalogSearchReply;
import io.grantline.api.catalog.CatalogQueries.RunCatalogSearch;
import io.grantline.graphql.support.Queries;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * data.all's search endpoint, which its catalog page (ReactiveSearch) calls with an _msearch body; signed in like
 * the GraphQL API. Only POST: any other method is answered 405.
 */
@RestController
public class SearchApiController {

    private final Queries queries;

    public SearchApiController(Queries queries) {
        this.queries = queries;
    }

    @PostMapping(path = "/search/api", consumes = MediaType.ALL_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<String> search(@RequestBody(required = false) String body) {
        CatalogSearchReply reply = queries.ask(new RunCatalogSearch(body), CatalogSearchReply.class);
        return ResponseEntity.status(reply.status()).contentType(MediaType.APPLICATION_JSON).body(reply.body());
    }
}

package io.grantline.graphql.glossary;

import com.netflix.graphql.dgs.DgsDataLoader;
import io.grantline.api.glossary.GlossaryQueries.FindTargetTermLinks;
import io.grantline.api.glossary.GlossaryQueries.TargetTermLinks;
import io.grantline.api.glossary.GlossaryQueries.TermLinkView;
import io.grantline.graphql.support.Queries;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.dataloader.MappedBatchLoader;

/** The term links of many columns in one read, for DatasetTableColumn.terms. */
@DgsDataLoader(name = "targetTermLinks")
public class TargetTermLinksLoader implements MappedBatchLoader<String, List<TermLinkView>> {

    private final Queries queries;

    public TargetTermLinksLoader(Queries queries) {
        this.queries = queries;
    }

    @Override
    public CompletionStage<Map<String, List<TermLinkView>>> load(Set<String> targetUris) {
        return CompletableFuture.completedFuture(
                queries.ask(new FindTargetTermLinks(List.copyOf(targetUris)), TargetTermLinks.class).byTarget());
    }
}

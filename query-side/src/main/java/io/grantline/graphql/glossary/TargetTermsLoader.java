package io.grantline.graphql.glossary;

import com.netflix.graphql.dgs.DgsDataLoader;
import io.grantline.api.glossary.GlossaryQueries.FindTargetTerms;
import io.grantline.api.glossary.GlossaryQueries.GlossaryNodeView;
import io.grantline.api.glossary.GlossaryQueries.TargetTerms;
import io.grantline.graphql.support.Queries;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.dataloader.MappedBatchLoader;

/** The terms of many datasets, tables or folders in one read, for their terms fields in listings. */
@DgsDataLoader(name = "targetTerms")
public class TargetTermsLoader implements MappedBatchLoader<String, List<GlossaryNodeView>> {

    private final Queries queries;

    public TargetTermsLoader(Queries queries) {
        this.queries = queries;
    }

    @Override
    public CompletionStage<Map<String, List<GlossaryNodeView>>> load(Set<String> targetUris) {
        return CompletableFuture.completedFuture(
                queries.ask(new FindTargetTerms(List.copyOf(targetUris)), TargetTerms.class).byTarget());
    }
}

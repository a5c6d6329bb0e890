package io.grantline.projections.catalog;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

/**
 * Collects the items a batch of events touched and writes their documents in one bulk request just before the
 * batch's transaction commits with the processor's token. Should the write fail, the batch rolls back and is
 * handled again; documents are keyed by uri, so writing one twice leaves one.
 */
@Component
public class CatalogBatch {

    private static final String TOUCHED = CatalogBatch.class.getName() + ".touched";

    private final CatalogDocuments documents;
    private final CatalogIndex index;
    private final CatalogState state;

    public CatalogBatch(CatalogDocuments documents, CatalogIndex index, CatalogState state) {
        this.documents = documents;
        this.index = index;
        this.state = state;
    }

    void touch(Collection<String> uris) {
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        Set<String> touched = batch.getOrComputeResource(TOUCHED, key -> {
            Set<String> fresh = new LinkedHashSet<>();
            batch.onPrepareCommit(unitOfWork -> write(fresh));
            return fresh;
        });
        touched.addAll(uris);
    }

    void touch(String uri) {
        touch(Set.of(uri));
    }

    private void write(Set<String> touched) {
        if (touched.isEmpty()) {
            return;
        }
        state.flush();
        Map<String, com.fasterxml.jackson.databind.node.ObjectNode> rendered =
                documents.render(touched, state.generation());
        Set<String> gone = new LinkedHashSet<>(touched);
        gone.removeAll(rendered.keySet());
        index.write(rendered, gone);
    }
}

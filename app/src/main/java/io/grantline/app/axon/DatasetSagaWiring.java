package io.grantline.app.axon;

import io.grantline.cloud.DatasetBuckets;
import io.grantline.cloud.GlueCatalog;
import io.grantline.cloud.KmsAliases;
import io.grantline.cloud.TablePreviews;
import io.grantline.saga.dataset.DatasetCloudQueryHandler;
import io.grantline.saga.dataset.DatasetHistory;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the dataset sagas read datasets from (the event store), and the handler of the cloud questions the API edge
 * asks about datasets. The sagas themselves are found by component scanning, as the environment's are.
 */
@Configuration(proxyBeanMethods = false)
public class DatasetSagaWiring {

    @Bean
    DatasetHistory datasetHistory(EventStore eventStore) {
        return new DatasetHistory(eventStore);
    }

    @Bean
    DatasetCloudQueryHandler datasetCloudQueryHandler(DatasetBuckets buckets, KmsAliases kmsAliases,
                                                      GlueCatalog catalog, TablePreviews previews) {
        return new DatasetCloudQueryHandler(buckets, kmsAliases, catalog, previews);
    }
}

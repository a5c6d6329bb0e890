package io.grantline.app.axon;

import io.grantline.command.dataset.Dataset;
import io.grantline.command.dataset.DatasetCommandHandler;
import io.grantline.command.lookup.DatasetBucketLinks;
import io.grantline.command.lookup.JdbcDatasetBucketLinks;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The dataset commands handled outside the aggregate, because they also keep the bucket links. */
@Configuration(proxyBeanMethods = false)
public class DatasetWiring {

    @Bean
    DatasetBucketLinks datasetBucketLinks(JdbcTemplate jdbc) {
        return new JdbcDatasetBucketLinks(jdbc);
    }

    @Bean
    DatasetCommandHandler datasetCommandHandler(@Qualifier("datasetRepository") Repository<Dataset> datasets,
                                                DatasetBucketLinks buckets) {
        return new DatasetCommandHandler(datasets, buckets);
    }
}

package io.grantline.graphql.share;

import io.grantline.api.dataset.DatasetQueries.DatasetView;
import io.grantline.api.dataset.DatasetResources;
import io.grantline.api.environment.EnvironmentQueries.EnvironmentView;
import io.grantline.api.environment.EnvironmentQueries.FindEnvironment;
import io.grantline.api.share.ShareQueries.ShareView;
import io.grantline.api.share.SharedDataset;
import io.grantline.graphql.dataset.DatasetReads;
import io.grantline.graphql.support.Queries;
import java.util.List;
import org.springframework.stereotype.Component;

/** The dataset side of a share as the dataset read model has it now. */
@Component
public class SharedDatasets {

    private final DatasetReads datasets;
    private final Queries queries;

    public SharedDatasets(DatasetReads datasets, Queries queries) {
        this.datasets = datasets;
        this.queries = queries;
    }

    public SharedDataset of(DatasetView dataset) {
        EnvironmentView environment = queries.ask(new FindEnvironment(dataset.environmentUri()),
                EnvironmentView.class);
        DatasetResources resources = dataset.resources();
        return new SharedDataset(dataset.datasetUri(), dataset.name(), dataset.organizationUri(),
                dataset.environmentUri(), environment == null ? null : environment.label(),
                dataset.awsAccountId(), dataset.region(), dataset.samlAdminGroupName(),
                dataset.environmentAdminGroup(), dataset.stewards(), resources.glueDatabaseName(),
                resources.s3BucketName(), resources.kmsAlias(), resources.iamDatasetAdminRoleArn(),
                dataset.imported(), dataset.enableExpiration(), dataset.expirySetting(),
                dataset.expiryMinDuration(), dataset.expiryMaxDuration());
    }

    public DatasetView dataset(String datasetUri) {
        return datasets.dataset(datasetUri);
    }

    /** The teams that approve the share now: its dataset's current owner team and stewards. */
    public List<String> approverGroups(ShareView share) {
        return approverGroups(datasets.dataset(share.dataset().datasetUri()));
    }

    public static List<String> approverGroups(DatasetView dataset) {
        String owner = dataset.samlAdminGroupName();
        String stewards = dataset.stewards();
        return stewards == null || stewards.isBlank() || stewards.equals(owner) ? List.of(owner)
                : List.of(owner, stewards);
    }
}

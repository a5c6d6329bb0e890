package io.grantline.graphql.dataset;

import io.grantline.api.dataset.DatasetCloudQueries.CheckKmsAlias;
import io.grantline.api.dataset.DatasetCloudQueries.KmsAliasCheck;
import io.grantline.api.dataset.DatasetQueries.DatasetView;
import io.grantline.api.error.InvalidInput;
import io.grantline.graphql.support.Queries;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * updateDataset's KmsAlias, checked as data.all checks it: unchanged (or "Undefined") is no change; only an imported
 * dataset may change the key its bucket is encrypted with, and only to an alias that exists in its account.
 */
@Component
public class KmsAliasChanges {

    /** What UpdateDataset carries to switch an imported dataset to SSE-S3 encryption. */
    static final String SSE_S3 = "SSE-S3";

    private final Queries queries;

    public KmsAliasChanges(Queries queries) {
        this.queries = queries;
    }

    /** The alias to put in UpdateDataset: null when the input changes nothing. */
    public String change(String action, DatasetView dataset, String requested) {
        if (requested == null || "Undefined".equals(requested.trim())) {
            return null;
        }
        String wanted = KmsAliases.named(requested);
        if (Objects.equals(wanted, KmsAliases.named(dataset.resources().kmsAlias()))) {
            return null;
        }
        if (!dataset.imported()) {
            throw new InvalidInput(action, "KmsAlias", "is " + requested + " but the bucket of dataset "
                    + dataset.datasetUri() + " is encrypted with the KMS key " + dataset.resources().kmsAlias()
                    + " created for it; only imported datasets can change their KMS key");
        }
        if (wanted == null) {
            return SSE_S3;
        }
        if (!queries.ask(new CheckKmsAlias(dataset.awsAccountId(), dataset.region(), wanted), KmsAliasCheck.class)
                .exists()) {
            throw new InvalidInput(action, "KmsAlias", "names alias/" + wanted
                    + ", which is not a KMS key alias in account " + dataset.awsAccountId() + " ("
                    + dataset.region() + ")");
        }
        return wanted;
    }
}

package io.grantline.graphql.dataset;

import static io.grantline.api.permission.DatasetPermissions.DELETE_DATASET;
import static io.grantline.api.permission.DatasetPermissions.UPDATE_DATASET;
import static io.grantline.api.permission.TenantPermission.MANAGE_DATASETS;
import static io.grantline.graphql.dataset.DatasetInputs.integer;
import static io.grantline.graphql.dataset.DatasetInputs.requiredUri;
import static io.grantline.graphql.support.Inputs.bool;
import static io.grantline.graphql.support.Inputs.string;
import static io.grantline.graphql.support.Inputs.strings;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsMutation;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import io.grantline.api.Actor;
import io.grantline.api.dataset.DatasetCommands.CreateDataset;
import io.grantline.api.dataset.DatasetCommands.DeleteDataset;
import io.grantline.api.dataset.DatasetCommands.UpdateDataset;
import io.grantline.api.dataset.DatasetQueries.DatasetView;
import io.grantline.api.error.ResourceInUse;
import io.grantline.api.share.ShareQueries.ListDatasetShares;
import io.grantline.graphql.security.Authorizer;
import io.grantline.graphql.security.CurrentActor;
import io.grantline.graphql.support.Commands;
import io.grantline.graphql.support.Queries;
import java.util.List;
import java.util.Map;

/** data.all's dataset operations: create, import, update, delete and read one. */
@DgsComponent
public class DatasetDataFetcher {

    private final CurrentActor currentActor;
    private final Authorizer authorizer;
    private final Commands commands;
    private final DatasetReads reads;
    private final NewDatasets newDatasets;
    private final KmsAliasChanges kmsAliasChanges;
    private final Queries queries;

    public DatasetDataFetcher(CurrentActor currentActor, Authorizer authorizer, Commands commands,
                              DatasetReads reads, NewDatasets newDatasets, KmsAliasChanges kmsAliasChanges,
                              Queries queries) {
        this.currentActor = currentActor;
        this.authorizer = authorizer;
        this.commands = commands;
        this.reads = reads;
        this.newDatasets = newDatasets;
        this.kmsAliasChanges = kmsAliasChanges;
        this.queries = queries;
    }

    @DgsMutation
    public DatasetNode createDataset(@InputArgument Map<String, Object> input) {
        return create("createDataset", input, false);
    }

    @DgsMutation
    public DatasetNode importDataset(@InputArgument Map<String, Object> input) {
        return create("importDataset", input, true);
    }

    @DgsMutation
    public DatasetNode updateDataset(@InputArgument String datasetUri, @InputArgument Map<String, Object> input) {
        Actor actor = currentActor.get();
        String action = "updateDataset";
        authorizer.requireTenant(actor, MANAGE_DATASETS);
        String uri = requiredUri(action, "datasetUri", datasetUri);
        authorizer.requireResource(actor, uri, UPDATE_DATASET);
        DatasetView dataset = reads.dataset(uri);
        List<String> terms = DatasetInputs.terms(action, input, reads);
        String kmsAlias = kmsAliasChanges.change(action, dataset, string(input, "KmsAlias"));
        commands.send(new UpdateDataset(uri, string(input, "label"), string(input, "description"),
                strings(input, "tags"), strings(input, "topics"), terms, string(input, "confidentiality"),
                string(input, "language"), string(input, "stewards"), bool(input, "autoApprovalEnabled"),
                string(input, "businessOwnerEmail"), strings(input, "businessOwnerDelegationEmails"), kmsAlias,
                bool(input, "enableExpiration"), string(input, "expirySetting"), integer(input, "expiryMinDuration"),
                integer(input, "expiryMaxDuration"), actor), uri, actor);
        return DatasetNode.of(reads.dataset(uri), actor);
    }

    @DgsMutation
    public Boolean deleteDataset(@InputArgument String datasetUri, @InputArgument Boolean deleteFromAWS) {
        Actor actor = currentActor.get();
        authorizer.requireTenant(actor, MANAGE_DATASETS);
        String uri = requiredUri("deleteDataset", "datasetUri", datasetUri);
        authorizer.requireResource(actor, uri, DELETE_DATASET);
        DatasetView dataset = reads.dataset(uri);
        List<?> activeShares = queries.ask(new ListDatasetShares(uri, true), List.class);
        if (activeShares != null && !activeShares.isEmpty()) {
            throw new ResourceInUse("deleteDataset", "Dataset " + dataset.name()
                    + " is shared with other teams. Revoke all dataset shares before deletion.");
        }
        commands.send(new DeleteDataset(uri, Boolean.TRUE.equals(deleteFromAWS), actor), uri, actor);
        return true;
    }

    /** data.all shows any dataset's public facts to anyone; restricted ones need GET_DATASET (Dataset.restricted). */
    @DgsQuery
    public DatasetNode getDataset(@InputArgument String datasetUri) {
        Actor actor = currentActor.get();
        String uri = requiredUri("getDataset", "datasetUri", datasetUri);
        return DatasetNode.of(reads.dataset(uri), actor);
    }

    private DatasetNode create(String action, Map<String, Object> input, boolean imported) {
        Actor actor = currentActor.get();
        authorizer.requireTenant(actor, MANAGE_DATASETS);
        CreateDataset command = newDatasets.command(action, input, imported, actor);
        commands.send(command, command.datasetUri(), actor);
        return DatasetNode.of(reads.dataset(command.datasetUri()), actor);
    }
}

package io.grantline.graphql.dataset;

import static io.grantline.api.permission.DatasetPermissions.CREATE_DATASET_FOLDER;
import static io.grantline.api.permission.DatasetPermissions.DELETE_DATASET_FOLDER;
import static io.grantline.api.permission.DatasetPermissions.UPDATE_DATASET_FOLDER;
import static io.grantline.api.permission.TenantPermission.MANAGE_DATASETS;
import static io.grantline.graphql.dataset.DatasetInputs.requiredText;
import static io.grantline.graphql.dataset.DatasetInputs.requiredUri;
import static io.grantline.graphql.support.Inputs.string;
import static io.grantline.graphql.support.Inputs.strings;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsMutation;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import io.grantline.api.Actor;
import io.grantline.api.ResourceUris;
import io.grantline.api.dataset.DatasetCommands.CreateDatasetStorageLocation;
import io.grantline.api.dataset.DatasetCommands.DeleteDatasetStorageLocation;
import io.grantline.api.dataset.DatasetCommands.UpdateDatasetStorageLocation;
import io.grantline.api.dataset.DatasetQueries.DatasetStorageLocationView;
import io.grantline.api.error.RequiredParameter;
import io.grantline.graphql.security.Authorizer;
import io.grantline.graphql.security.CurrentActor;
import io.grantline.graphql.support.Commands;
import java.util.List;
import java.util.Map;

/** data.all's folders (storage locations): prefixes of the dataset bucket. */
@DgsComponent
public class StorageLocationDataFetcher {

    private final CurrentActor currentActor;
    private final Authorizer authorizer;
    private final DatasetGuards guards;
    private final Commands commands;
    private final DatasetReads reads;

    public StorageLocationDataFetcher(CurrentActor currentActor, Authorizer authorizer, DatasetGuards guards,
                                      Commands commands, DatasetReads reads) {
        this.currentActor = currentActor;
        this.authorizer = authorizer;
        this.guards = guards;
        this.commands = commands;
        this.reads = reads;
    }

    @DgsMutation
    public StorageLocationNode createDatasetStorageLocation(@InputArgument String datasetUri,
                                                            @InputArgument Map<String, Object> input) {
        Actor actor = currentActor.get();
        String action = "createDatasetStorageLocation";
        authorizer.requireTenant(actor, MANAGE_DATASETS);
        String uri = requiredUri(action, "datasetUri", datasetUri);
        authorizer.requireResource(actor, uri, CREATE_DATASET_FOLDER);
        reads.dataset(uri);
        if (input == null) {
            throw new RequiredParameter(action, "input");
        }
        String label = requiredText(action, input, "label");
        String prefix = requiredText(action, input, "prefix");
        List<String> terms = DatasetInputs.terms(action, input, reads);
        String locationUri = ResourceUris.next();
        commands.send(new CreateDatasetStorageLocation(uri, locationUri, label, prefix, string(input, "description"),
                strings(input, "tags"), terms, actor), uri, actor);
        return StorageLocationNode.of(reads.location(locationUri));
    }

    /** data.all shows any folder's public facts to anyone; restricted ones need GET_DATASET_FOLDER. */
    @DgsQuery
    public StorageLocationNode getDatasetStorageLocation(@InputArgument String locationUri) {
        currentActor.get();
        return StorageLocationNode.of(reads.location(requiredUri("getDatasetStorageLocation", "locationUri",
                locationUri)));
    }

    @DgsMutation
    public StorageLocationNode updateDatasetStorageLocation(@InputArgument String locationUri,
                                                            @InputArgument Map<String, Object> input) {
        Actor actor = currentActor.get();
        String action = "updateDatasetStorageLocation";
        authorizer.requireTenant(actor, MANAGE_DATASETS);
        DatasetStorageLocationView location = reads.location(requiredUri(action, "locationUri", locationUri));
        guards.requireOnPartOrParent(actor, UPDATE_DATASET_FOLDER, location.locationUri(), location.datasetUri());
        List<String> terms = DatasetInputs.terms(action, input, reads);
        commands.send(new UpdateDatasetStorageLocation(location.datasetUri(), location.locationUri(),
                string(input, "label"), string(input, "description"), strings(input, "tags"), terms, actor),
                location.datasetUri(), actor);
        return StorageLocationNode.of(reads.location(location.locationUri()));
    }

    @DgsMutation
    public Boolean deleteDatasetStorageLocation(@InputArgument String locationUri) {
        Actor actor = currentActor.get();
        authorizer.requireTenant(actor, MANAGE_DATASETS);
        DatasetStorageLocationView location = reads.location(requiredUri("deleteDatasetStorageLocation",
                "locationUri", locationUri));
        guards.requireOnPartOrParent(actor, DELETE_DATASET_FOLDER, location.locationUri(), location.datasetUri());
        commands.send(new DeleteDatasetStorageLocation(location.datasetUri(), location.locationUri(), actor),
                location.datasetUri(), actor);
        return true;
    }
}

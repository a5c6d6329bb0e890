package io.grantline.graphql.timetravel;

import static io.grantline.api.history.ResourceTypes.DATASET;
import static io.grantline.api.history.ResourceTypes.FOLDER;
import static io.grantline.api.history.ResourceTypes.SHARE;
import static io.grantline.api.history.ResourceTypes.TABLE;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import io.grantline.api.error.ObjectNotFound;
import io.grantline.api.timetravel.AccessAtView;
import io.grantline.api.timetravel.DatasetAsOfView;
import io.grantline.api.timetravel.ShareObjectAsOfView;
import io.grantline.api.timetravel.TimeTravelQueries.FindAccessAt;
import io.grantline.api.timetravel.TimeTravelQueries.FindDatasetAt;
import io.grantline.api.timetravel.TimeTravelQueries.FindShareObjectAt;
import io.grantline.api.timetravel.TimeTravelResource;
import io.grantline.graphql.security.CurrentActor;
import io.grantline.graphql.support.Inputs;
import io.grantline.graphql.support.Queries;
import io.grantline.graphql.timetravel.TimeTravelNodes.AccessAtNode;
import io.grantline.graphql.timetravel.TimeTravelNodes.DatasetAsOfNode;
import io.grantline.graphql.timetravel.TimeTravelNodes.ShareObjectAsOfNode;
import java.time.Instant;

/**
 * accessAt, shareObjectAt and datasetAt: the resource as the event store had it at an instant. Input is checked
 * first, then that the resource exists and the caller may read it now; a resource that did not exist yet at the
 * instant is not found, naming it and the instant.
 */
@DgsComponent
public class TimeTravelDataFetcher {

    private final CurrentActor currentActor;
    private final TimeTravelAccess access;
    private final Queries queries;

    public TimeTravelDataFetcher(CurrentActor currentActor, TimeTravelAccess access, Queries queries) {
        this.currentActor = currentActor;
        this.access = access;
        this.queries = queries;
    }

    @DgsQuery
    public AccessAtNode accessAt(@InputArgument String resourceUri, @InputArgument String at) {
        String action = "accessAt";
        String uri = Inputs.required(action, "resourceUri", resourceUri);
        Instant instant = TimeTravelInputs.at(action, at);
        TimeTravelResource resource = access.requireReadable(currentActor.get(), action, "resourceUri", uri,
                "Resource", DATASET, TABLE, FOLDER);
        return AccessAtNode.of(asOf(new FindAccessAt(uri, instant), AccessAtView.class,
                TimeTravelAccess.objectType(resource.resourceType()), uri, instant));
    }

    @DgsQuery
    public ShareObjectAsOfNode shareObjectAt(@InputArgument String shareUri, @InputArgument String at) {
        String action = "shareObjectAt";
        String uri = Inputs.required(action, "shareUri", shareUri);
        Instant instant = TimeTravelInputs.at(action, at);
        access.requireReadable(currentActor.get(), action, "shareUri", uri, "ShareObject", SHARE);
        return ShareObjectAsOfNode.of(asOf(new FindShareObjectAt(uri, instant), ShareObjectAsOfView.class,
                "ShareObject", uri, instant));
    }

    @DgsQuery
    public DatasetAsOfNode datasetAt(@InputArgument String datasetUri, @InputArgument String at) {
        String action = "datasetAt";
        String uri = Inputs.required(action, "datasetUri", datasetUri);
        Instant instant = TimeTravelInputs.at(action, at);
        access.requireReadable(currentActor.get(), action, "datasetUri", uri, "Dataset", DATASET);
        return DatasetAsOfNode.of(asOf(new FindDatasetAt(uri, instant), DatasetAsOfView.class, "Dataset", uri,
                instant));
    }

    /** The answer of a time-travel query; none means the resource did not exist yet at the instant. */
    private <V> V asOf(Object query, Class<V> type, String objectType, String uri, Instant at) {
        V view = queries.ask(query, type);
        if (view == null) {
            throw new ObjectNotFound(objectType, uri + " at " + at);
        }
        return view;
    }
}

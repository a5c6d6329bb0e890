package io.grantline.graphql.timetravel;

import static io.grantline.api.history.ResourceTypes.DATASET;
import static io.grantline.api.history.ResourceTypes.FOLDER;
import static io.grantline.api.history.ResourceTypes.SHARE;
import static io.grantline.api.history.ResourceTypes.TABLE;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import io.grantline.api.Actor;
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
        Actor actor = currentActor.get();
        String uri = Inputs.required(action, "resourceUri", resourceUri);
        Instant instant = TimeTravelInputs.at(action, at);
        TimeTravelResource resource = access.requireReadable(actor, action, "resourceUri", uri, "Resource", DATASET,
                TABLE, FOLDER);
        AccessAtView view = queries.ask(new FindAccessAt(uri, instant), AccessAtView.class);
        if (view == null) {
            throw notYet(TimeTravelAccess.objectType(resource.resourceType()), uri, instant);
        }
        return AccessAtNode.of(view);
    }

    @DgsQuery
    public ShareObjectAsOfNode shareObjectAt(@InputArgument String shareUri, @InputArgument String at) {
        String action = "shareObjectAt";
        Actor actor = currentActor.get();
        String uri = Inputs.required(action, "shareUri", shareUri);
        Instant instant = TimeTravelInputs.at(action, at);
        access.requireReadable(actor, action, "shareUri", uri, "ShareObject", SHARE);
        ShareObjectAsOfView view = queries.ask(new FindShareObjectAt(uri, instant), ShareObjectAsOfView.class);
        if (view == null) {
            throw notYet("ShareObject", uri, instant);
        }
        return ShareObjectAsOfNode.of(view);
    }

    @DgsQuery
    public DatasetAsOfNode datasetAt(@InputArgument String datasetUri, @InputArgument String at) {
        String action = "datasetAt";
        Actor actor = currentActor.get();
        String uri = Inputs.required(action, "datasetUri", datasetUri);
        Instant instant = TimeTravelInputs.at(action, at);
        access.requireReadable(actor, action, "datasetUri", uri, "Dataset", DATASET);
        DatasetAsOfView view = queries.ask(new FindDatasetAt(uri, instant), DatasetAsOfView.class);
        if (view == null) {
            throw notYet("Dataset", uri, instant);
        }
        return DatasetAsOfNode.of(view);
    }

    private static ObjectNotFound notYet(String objectType, String uri, Instant at) {
        return new ObjectNotFound(objectType, uri + " at " + at);
    }
}

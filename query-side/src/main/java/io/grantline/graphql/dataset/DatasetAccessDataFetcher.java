package io.grantline.graphql.dataset;

import static io.grantline.api.permission.DatasetPermissions.CREDENTIALS_DATASET;
import static io.grantline.api.permission.TenantPermission.MANAGE_DATASETS;
import static io.grantline.graphql.dataset.DatasetInputs.requiredUri;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsMutation;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import io.grantline.api.Actor;
import io.grantline.api.dataset.DatasetCloudQueries.PresignDatasetUpload;
import io.grantline.api.dataset.DatasetCloudQueries.PresignedUpload;
import io.grantline.api.dataset.DatasetQueries.DatasetView;
import io.grantline.api.error.UnauthorizedOperation;
import io.grantline.api.stack.CloudAccessQueries.ConsoleSignInUrl;
import io.grantline.api.stack.CloudAccessQueries.IssueConsoleSignInUrl;
import io.grantline.api.stack.CloudAccessQueries.IssueTeamCredentials;
import io.grantline.api.stack.CloudAccessQueries.TeamCredentials;
import io.grantline.graphql.security.Authorizer;
import io.grantline.graphql.security.CurrentActor;
import io.grantline.graphql.support.Inputs;
import io.grantline.graphql.support.Queries;
import java.util.LinkedHashMap;
import java.util.Map;

/** Temporary AWS access as the dataset's IAM role: credentials, a console link, and upload links to its bucket. */
@DgsComponent
public class DatasetAccessDataFetcher {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** data.all uploads under this prefix when none is given. */
    private static final String DEFAULT_UPLOAD_PREFIX = "uploads";

    private final CurrentActor currentActor;
    private final Authorizer authorizer;
    private final Queries queries;
    private final DatasetReads reads;

    public DatasetAccessDataFetcher(CurrentActor currentActor, Authorizer authorizer, Queries queries,
                                    DatasetReads reads) {
        this.currentActor = currentActor;
        this.authorizer = authorizer;
        this.queries = queries;
        this.reads = reads;
    }

    /** data.all's answer: the role's temporary credentials as a JSON document. */
    @DgsMutation
    public String generateDatasetAccessToken(@InputArgument String datasetUri) {
        DatasetView dataset = datasetWithCredentials("generateDatasetAccessToken", datasetUri, currentActor.get());
        TeamCredentials credentials = queries.ask(new IssueTeamCredentials(dataset.awsAccountId(), dataset.region(),
                dataset.resources().iamDatasetAdminRoleArn()), TeamCredentials.class);
        Map<String, String> token = new LinkedHashMap<>();
        token.put("AccessKey", credentials.accessKeyId());
        token.put("SessionKey", credentials.secretAccessKey());
        token.put("sessionToken", credentials.sessionToken());
        try {
            return JSON.writeValueAsString(token);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** data.all signs in to the console only members of the dataset's owner team. */
    @DgsQuery
    public String getDatasetAssumeRoleUrl(@InputArgument String datasetUri) {
        Actor actor = currentActor.get();
        DatasetView dataset = datasetWithCredentials("getDatasetAssumeRoleUrl", datasetUri, actor);
        if (!actor.isMemberOf(dataset.samlAdminGroupName())) {
            throw new UnauthorizedOperation(actor.username(), CREDENTIALS_DATASET, dataset.datasetUri());
        }
        return queries.ask(new IssueConsoleSignInUrl(dataset.awsAccountId(), dataset.region(),
                dataset.resources().iamDatasetAdminRoleArn()), ConsoleSignInUrl.class).url();
    }

    @DgsQuery
    public String getDatasetPresignedUrl(@InputArgument String datasetUri, @InputArgument Map<String, Object> input) {
        String action = "getDatasetPresignedUrl";
        DatasetView dataset = datasetWithCredentials(action, datasetUri, currentActor.get());
        String fileName = DatasetInputs.requiredText(action, input, "fileName");
        String prefix = Inputs.string(input, "prefix");
        return queries.ask(new PresignDatasetUpload(dataset.awsAccountId(), dataset.region(),
                dataset.resources().s3BucketName(), prefix == null ? DEFAULT_UPLOAD_PREFIX : prefix, fileName),
                PresignedUpload.class).json();
    }

    private DatasetView datasetWithCredentials(String action, String datasetUri, Actor actor) {
        authorizer.requireTenant(actor, MANAGE_DATASETS);
        String uri = requiredUri(action, "datasetUri", datasetUri);
        authorizer.requireResource(actor, uri, CREDENTIALS_DATASET);
        return reads.dataset(uri);
    }
}

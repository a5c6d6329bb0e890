package io.grantline.graphql.dataset;

import static io.grantline.api.permission.ResourcePermissions.CREATE_DATASET;
import static io.grantline.graphql.dataset.DatasetInputs.integer;
import static io.grantline.graphql.dataset.DatasetInputs.requiredText;
import static io.grantline.graphql.support.Inputs.bool;
import static io.grantline.graphql.support.Inputs.string;
import static io.grantline.graphql.support.Inputs.strings;

import io.grantline.api.Actor;
import io.grantline.api.ResourceUris;
import io.grantline.api.dataset.DatasetCloudQueries.CheckImportedResources;
import io.grantline.api.dataset.DatasetCloudQueries.ImportCheck;
import io.grantline.api.dataset.DatasetCommands.CreateDataset;
import io.grantline.api.dataset.DatasetCommands.ImportedResources;
import io.grantline.api.environment.EnvironmentQueries.EnvironmentView;
import io.grantline.api.environment.EnvironmentQueries.FindEnvironment;
import io.grantline.api.dataset.S3BucketNames;
import io.grantline.api.error.InvalidInput;
import io.grantline.api.error.ObjectNotFound;
import io.grantline.api.error.RequiredParameter;
import io.grantline.api.error.UnauthorizedOperation;
import io.grantline.graphql.security.Authorizer;
import io.grantline.graphql.support.Queries;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Turns createDataset and importDataset inputs into CreateDataset, after data.all's checks: CREATE_DATASET on the
 * environment, the caller in the owner team, the team in the environment and holding CREATE_DATASET there; for
 * imports, the named bucket, KMS alias and Glue database as the cloud sees them.
 */
@Component
public class NewDatasets {

    /** The import fields in the order their problems are reported. */
    private static final List<String> IMPORT_FIELDS = List.of("bucketName", "KmsKeyAlias", "glueDatabaseName");

    private final Authorizer authorizer;
    private final Queries queries;

    public NewDatasets(Authorizer authorizer, Queries queries) {
        this.authorizer = authorizer;
        this.queries = queries;
    }

    public CreateDataset command(String action, Map<String, Object> input, boolean imported, Actor actor) {
        if (input == null) {
            throw new RequiredParameter(action, "input");
        }
        String environmentUri = DatasetInputs.requiredUri(action, "environmentUri", string(input, "environmentUri"));
        String team = requiredText(action, input, "SamlAdminGroupName");
        requiredText(action, input, "label");
        EnvironmentView environment = environment(environmentUri);
        authorizer.requireResource(actor, environmentUri, CREATE_DATASET);
        requireTeam(action, environment, team, actor);
        String organizationUri = string(input, "organizationUri");
        if (organizationUri != null && !organizationUri.equals(environment.organizationUri())) {
            throw new InvalidInput(action, "organizationUri", "is " + organizationUri + " but the environment "
                    + environmentUri + " belongs to the organization " + environment.organizationUri());
        }
        ImportedResources importedResources = imported ? importedResources(action, input, environment) : null;
        return new CreateDataset(ResourceUris.next(), environment.organizationUri(), environmentUri,
                environment.awsAccountId(), environment.region(), environment.resourcePrefix(),
                environment.samlGroupName(), string(input, "label"), string(input, "description"), team,
                string(input, "stewards"), strings(input, "tags"), strings(input, "topics"),
                string(input, "confidentiality"), string(input, "language"), bool(input, "autoApprovalEnabled"),
                string(input, "businessOwnerEmail"), strings(input, "businessOwnerDelegationEmails"),
                bool(input, "enableExpiration"), string(input, "expirySetting"), integer(input, "expiryMinDuration"),
                integer(input, "expiryMaxDuration"), importedResources, actor);
    }

    /** Checked before CREATE_DATASET so that an unknown environment is refused as such. */
    private EnvironmentView environment(String environmentUri) {
        EnvironmentView environment = queries.ask(new FindEnvironment(environmentUri), EnvironmentView.class);
        if (environment == null) {
            throw new ObjectNotFound("Environment", environmentUri);
        }
        return environment;
    }

    /** data.all's has_group_permission: the caller acts as a team of the environment that may create datasets. */
    private void requireTeam(String action, EnvironmentView environment, String team, Actor actor) {
        if (!actor.isMemberOf(team)) {
            throw new UnauthorizedOperation(actor.username(), CREATE_DATASET, environment.environmentUri());
        }
        if (!team.equals(environment.samlGroupName()) && !environment.teams().contains(team)) {
            throw new InvalidInput(action, "SamlAdminGroupName", "names the team " + team
                    + ", which is not a team of the environment " + environment.environmentUri());
        }
        if (!authorizer.holds(new Actor(actor.username(), List.of(team)), environment.environmentUri(),
                CREATE_DATASET)) {
            throw new UnauthorizedOperation(actor.username(), CREATE_DATASET, environment.environmentUri());
        }
    }

    private ImportedResources importedResources(String action, Map<String, Object> input,
                                                EnvironmentView environment) {
        String bucketName = requiredText(action, input, "bucketName");
        if (!S3BucketNames.isValid(bucketName)) {
            throw new InvalidInput(action, "bucketName", "value " + bucketName + " must be " + S3BucketNames.RULE);
        }
        String kmsKeyAlias = KmsAliases.named(string(input, "KmsKeyAlias"));
        String glueDatabaseName = blankAsNull(string(input, "glueDatabaseName"));
        ImportCheck check = queries.ask(new CheckImportedResources(environment.awsAccountId(), environment.region(),
                bucketName, kmsKeyAlias, glueDatabaseName), ImportCheck.class);
        for (String field : IMPORT_FIELDS) {
            if (check.problems().containsKey(field)) {
                throw new InvalidInput(action, field, check.problems().get(field));
            }
        }
        if (!check.problems().isEmpty()) {
            Map.Entry<String, String> problem = check.problems().entrySet().iterator().next();
            throw new InvalidInput(action, problem.getKey(), problem.getValue());
        }
        return new ImportedResources(bucketName, kmsKeyAlias, glueDatabaseName,
                blankAsNull(string(input, "adminRoleName")));
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

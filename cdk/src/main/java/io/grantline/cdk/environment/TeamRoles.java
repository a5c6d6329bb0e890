package io.grantline.cdk.environment;

import java.util.List;
import java.util.Map;
import software.amazon.awscdk.ArnComponents;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.ArnPrincipal;
import software.amazon.awscdk.services.iam.CompositePrincipal;
import software.amazon.awscdk.services.iam.FromRoleArnOptions;
import software.amazon.awscdk.services.iam.IPrincipal;
import software.amazon.awscdk.services.iam.IRole;
import software.amazon.awscdk.services.iam.PolicyDocument;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.s3.IBucket;
import software.constructs.Construct;

/** The IAM role a team works with in the environment, or the team's own role when it brought one. */
final class TeamRoles {

    static final List<String> TRUSTED_SERVICES = List.of(
            "glue.amazonaws.com",
            "lambda.amazonaws.com",
            "sagemaker.amazonaws.com",
            "states.amazonaws.com",
            "databrew.amazonaws.com",
            "codebuild.amazonaws.com",
            "codepipeline.amazonaws.com");

    static final String ACCESS_POLICY_NAME = "EnvironmentAccess";

    private TeamRoles() {
    }

    static String roleArn(String accountId, String roleName) {
        return "arn:aws:iam::" + accountId + ":role/" + roleName;
    }

    static IRole createOrImport(Construct scope, String id, TeamRoleProps team, String pivotRoleArn, IBucket bucket) {
        if (team.imported()) {
            // An imported role belongs to the team: referenced, never modified.
            return Role.fromRoleArn(scope, id, roleArn(Stack.of(scope).getAccount(), team.roleName()),
                    FromRoleArnOptions.builder().mutable(false).build());
        }
        return Role.Builder.create(scope, id)
                .roleName(team.roleName())
                .description("Role of team " + team.groupUri() + " in this environment")
                .assumedBy(trustedPrincipals(pivotRoleArn))
                .inlinePolicies(Map.of(ACCESS_POLICY_NAME, accessPolicy(scope, team, bucket)))
                .build();
    }

    private static IPrincipal trustedPrincipals(String pivotRoleArn) {
        CompositePrincipal principals = new CompositePrincipal(new ArnPrincipal(pivotRoleArn));
        TRUSTED_SERVICES.forEach(service -> principals.addPrincipals(new ServicePrincipal(service)));
        return principals;
    }

    private static PolicyDocument accessPolicy(Construct scope, TeamRoleProps team, IBucket bucket) {
        String workGroupArn = Stack.of(scope).formatArn(ArnComponents.builder()
                .service("athena")
                .resource("workgroup")
                .resourceName(team.athenaWorkGroup())
                .build());
        return PolicyDocument.Builder.create()
                .statements(List.of(
                        PolicyStatement.Builder.create()
                                .sid("AthenaTeamWorkGroup")
                                .actions(List.of(
                                        "athena:GetWorkGroup",
                                        "athena:StartQueryExecution",
                                        "athena:StopQueryExecution",
                                        "athena:GetQueryExecution",
                                        "athena:GetQueryResults",
                                        "athena:GetQueryResultsStream",
                                        "athena:BatchGetQueryExecution",
                                        "athena:ListQueryExecutions",
                                        "athena:CreateNamedQuery",
                                        "athena:GetNamedQuery",
                                        "athena:BatchGetNamedQuery",
                                        "athena:ListNamedQueries",
                                        "athena:DeleteNamedQuery"))
                                .resources(List.of(workGroupArn))
                                .build(),
                        PolicyStatement.Builder.create()
                                .sid("AthenaDiscovery")
                                .actions(List.of(
                                        "athena:ListWorkGroups",
                                        "athena:ListEngineVersions",
                                        "athena:ListDataCatalogs",
                                        "athena:GetDataCatalog",
                                        "athena:ListDatabases",
                                        "athena:GetDatabase",
                                        "athena:ListTableMetadata",
                                        "athena:GetTableMetadata"))
                                .resources(List.of("*"))
                                .build(),
                        PolicyStatement.Builder.create()
                                .sid("EnvironmentBucket")
                                .actions(List.of(
                                        "s3:GetBucketLocation",
                                        "s3:ListBucket",
                                        "s3:ListBucketMultipartUploads"))
                                .resources(List.of(bucket.getBucketArn()))
                                .build(),
                        // Teams see only their own query results, not each other's.
                        PolicyStatement.Builder.create()
                                .sid("TeamQueryResults")
                                .actions(List.of(
                                        "s3:GetObject",
                                        "s3:PutObject",
                                        "s3:DeleteObject",
                                        "s3:AbortMultipartUpload",
                                        "s3:ListMultipartUploadParts"))
                                .resources(List.of(bucket.arnForObjects(
                                        AthenaWorkGroups.resultsPrefix(team.athenaWorkGroup()) + "*")))
                                .build()))
                .build();
    }
}

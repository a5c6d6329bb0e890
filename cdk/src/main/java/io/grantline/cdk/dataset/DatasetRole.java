package io.grantline.cdk.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awscdk.services.iam.ArnPrincipal;
import software.amazon.awscdk.services.iam.CompositePrincipal;
import software.amazon.awscdk.services.iam.FromRoleArnOptions;
import software.amazon.awscdk.services.iam.IRole;
import software.amazon.awscdk.services.iam.Policy;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.s3.IBucket;
import software.constructs.Construct;

/**
 * The dataset's IAM role, which the crawler, the profiling job and Lake Formation work with and dataset owners
 * assume; or the role the user imported the dataset with, which the stack only references.
 */
final class DatasetRole {

    static final List<String> TRUSTED_SERVICES = List.of("glue.amazonaws.com", "lakeformation.amazonaws.com");

    private final IRole role;
    private final boolean imported;

    private DatasetRole(IRole role, boolean imported) {
        this.role = role;
        this.imported = imported;
    }

    static DatasetRole createOrImport(Construct scope, DatasetStackProps props) {
        String pivotRoleArn = Arns.role(props.accountId(), props.pivotRoleName());
        if (props.importedAdminRole()) {
            return new DatasetRole(Role.fromRoleArn(scope, "ImportedDatasetAdminRole",
                    Arns.role(props.accountId(), props.datasetRoleName()),
                    FromRoleArnOptions.builder().mutable(false).build()), true);
        }
        CompositePrincipal trusted = new CompositePrincipal(new ArnPrincipal(pivotRoleArn));
        TRUSTED_SERVICES.forEach(service -> trusted.addPrincipals(new ServicePrincipal(service)));
        return new DatasetRole(Role.Builder.create(scope, "DatasetAdminRole")
                .roleName(props.datasetRoleName())
                .description("Role of dataset " + props.datasetUri())
                .assumedBy(trusted)
                .build(), false);
    }

    IRole role() {
        return role;
    }

    String arn() {
        return role.getRoleArn();
    }

    /** Grants the created role what the dataset needs; an imported role belongs to the user and is left as it is. */
    Optional<Policy> grantDatasetAccess(Construct scope, DatasetStackProps props, IBucket bucket, DatasetKey key) {
        if (imported) {
            return Optional.empty();
        }
        List<PolicyStatement> statements = new ArrayList<>(DatasetRolePolicy.statements(props, bucket));
        key.roleAccess().ifPresent(statements::add);
        Policy policy = Policy.Builder.create(scope, "DatasetAdminPolicy")
                .policyName(props.bucketName())
                .statements(statements)
                .roles(List.of(role))
                .build();
        return Optional.of(policy);
    }
}

package io.grantline.cdk.dataset;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awscdk.services.glue.CfnDatabase;
import software.amazon.awscdk.services.glue.CfnDatabase.DatabaseInputProperty;
import software.amazon.awscdk.services.lakeformation.CfnPrincipalPermissions;
import software.amazon.awscdk.services.lakeformation.CfnPrincipalPermissions.DataLakePrincipalProperty;
import software.amazon.awscdk.services.lakeformation.CfnPrincipalPermissions.DatabaseResourceProperty;
import software.amazon.awscdk.services.lakeformation.CfnPrincipalPermissions.ResourceProperty;
import software.amazon.awscdk.services.lakeformation.CfnPrincipalPermissions.TableResourceProperty;
import software.amazon.awscdk.services.lakeformation.CfnResource;
import software.amazon.awscdk.services.s3.IBucket;
import software.constructs.Construct;

/**
 * The dataset in the Glue Data Catalog under Lake Formation: the bucket registered as a data lake location, the
 * Glue database and the grants that make the dataset role, the pivot role and the owner team its administrators.
 */
final class DatasetCatalog {

    static final List<String> DATABASE_PERMISSIONS = List.of("ALTER", "CREATE_TABLE", "DROP", "DESCRIBE");
    static final List<String> TABLE_PERMISSIONS = List.of("SELECT", "ALTER", "DESCRIBE");

    private DatasetCatalog() {
    }

    static void registerLocation(Construct scope, IBucket bucket, DatasetRole role,
                                 Optional<? extends Construct> rolePolicy) {
        CfnResource location = CfnResource.Builder.create(scope, "DatasetStorageLocation")
                .resourceArn(bucket.getBucketArn())
                .roleArn(role.arn())
                .useServiceLinkedRole(false)
                .build();
        // Lake Formation checks that the role can reach the bucket when the location is registered.
        rolePolicy.ifPresent(location.getNode()::addDependency);
    }

    /**
     * data.all creates the database with a Custom::GlueDatabase Lambda (which also grants, and keeps imported
     * databases on deletion); here plain CloudFormation types do both, which the local cloud interprets too.
     */
    static Optional<CfnDatabase> createDatabase(Construct scope, DatasetStackProps props) {
        if (props.importedGlueDatabase()) {
            return Optional.empty();
        }
        return Optional.of(CfnDatabase.Builder.create(scope, "GlueDatabase")
                .catalogId(props.accountId())
                .databaseInput(DatabaseInputProperty.builder()
                        .name(props.glueDatabaseName())
                        .description("Grantline database " + props.glueDatabaseName())
                        .locationUri("s3://" + props.bucketName() + "/")
                        // No IAMAllowedPrincipals default: new tables are governed by Lake Formation alone.
                        .createTableDefaultPermissions(List.of())
                        .build())
                .build());
    }

    static void grantAdministrators(Construct scope, DatasetStackProps props, DatasetRole role,
                                    Optional<CfnDatabase> database) {
        administrators(props, role).forEach((id, principalArn) -> {
            CfnPrincipalPermissions onDatabase = grant(scope, id + "DatabasePermissions", props, principalArn,
                    ResourceProperty.builder().database(DatabaseResourceProperty.builder()
                            .catalogId(props.accountId())
                            .name(props.glueDatabaseName())
                            .build()).build(),
                    DATABASE_PERMISSIONS);
            CfnPrincipalPermissions onTables = grant(scope, id + "TablesPermissions", props, principalArn,
                    ResourceProperty.builder().table(TableResourceProperty.builder()
                            .catalogId(props.accountId())
                            .databaseName(props.glueDatabaseName())
                            .tableWildcard(Map.of())
                            .build()).build(),
                    TABLE_PERMISSIONS);
            database.ifPresent(db -> {
                onDatabase.getNode().addDependency(db);
                onTables.getNode().addDependency(db);
            });
        });
    }

    // An imported dataset role may be the owner team's own role: each principal is granted once.
    private static Map<String, String> administrators(DatasetStackProps props, DatasetRole role) {
        Map<String, String> idByArn = new LinkedHashMap<>();
        idByArn.putIfAbsent(role.arn(), "DatasetRole");
        idByArn.putIfAbsent(Arns.role(props.accountId(), props.pivotRoleName()), "PivotRole");
        if (props.ownerTeamRoleArn() != null && !props.ownerTeamRoleArn().isBlank()) {
            idByArn.putIfAbsent(props.ownerTeamRoleArn(), "OwnerTeamRole");
        }
        Map<String, String> arnById = new LinkedHashMap<>();
        idByArn.forEach((arn, id) -> arnById.put(id, arn));
        return arnById;
    }

    private static CfnPrincipalPermissions grant(Construct scope, String id, DatasetStackProps props,
                                                 String principalArn, ResourceProperty resource,
                                                 List<String> permissions) {
        return CfnPrincipalPermissions.Builder.create(scope, id)
                .catalog(props.accountId())
                .principal(DataLakePrincipalProperty.builder().dataLakePrincipalIdentifier(principalArn).build())
                .resource(resource)
                .permissions(permissions)
                .permissionsWithGrantOption(permissions)
                .build();
    }
}

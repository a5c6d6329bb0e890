package io.grantline.cloud.aws;

import io.grantline.cloud.GlueSharedDatabases;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.glue.model.AlreadyExistsException;
import software.amazon.awssdk.services.glue.model.EntityNotFoundException;
import software.amazon.awssdk.services.glue.model.Table;
import software.amazon.awssdk.services.glue.model.TableIdentifier;
import software.amazon.awssdk.services.glue.model.TableInput;

/** The target account's shared databases and resource links in its Glue catalog, through the pivot role. */
public class AwsGlueSharedDatabases implements GlueSharedDatabases {

    private final AwsDatasetClients clients;

    public AwsGlueSharedDatabases(AwsDatasetClients clients) {
        this.clients = clients;
    }

    @Override
    public void ensureDatabase(String accountId, String region, String databaseName, String description) {
        try {
            clients.glue(accountId, region).createDatabase(request -> request.catalogId(accountId)
                    .databaseInput(database -> database.name(databaseName).description(description)));
        } catch (AlreadyExistsException e) {
            // created by an earlier share of the same target
        } catch (SdkException e) {
            throw AwsErrors.translate("glue:CreateDatabase " + databaseName, e);
        }
    }

    @Override
    public void deleteDatabase(String accountId, String region, String databaseName) {
        try {
            clients.glue(accountId, region).deleteDatabase(request -> request.catalogId(accountId)
                    .name(databaseName));
        } catch (EntityNotFoundException e) {
            // deleted already
        } catch (SdkException e) {
            throw AwsErrors.translate("glue:DeleteDatabase " + databaseName, e);
        }
    }

    @Override
    public void ensureResourceLink(String accountId, String region, String databaseName, String linkName,
                                   String targetCatalogId, String targetDatabaseName, String targetTableName) {
        TableInput link = TableInput.builder()
                .name(linkName)
                .targetTable(TableIdentifier.builder().catalogId(targetCatalogId).databaseName(targetDatabaseName)
                        .name(targetTableName).build())
                .build();
        try {
            clients.glue(accountId, region).createTable(request -> request.catalogId(accountId)
                    .databaseName(databaseName).tableInput(link));
        } catch (AlreadyExistsException e) {
            // linked already
        } catch (SdkException e) {
            throw AwsErrors.translate("glue:CreateTable " + databaseName + "." + linkName + " linking "
                    + targetCatalogId + ":" + targetDatabaseName + "." + targetTableName, e);
        }
    }

    @Override
    public Optional<ResourceLink> resourceLink(String accountId, String region, String databaseName,
                                               String linkName) {
        Table table;
        try {
            table = clients.glue(accountId, region).getTable(request -> request.catalogId(accountId)
                    .databaseName(databaseName).name(linkName)).table();
        } catch (EntityNotFoundException e) {
            return Optional.empty();
        } catch (SdkException e) {
            throw AwsErrors.translate("glue:GetTable " + databaseName + "." + linkName, e);
        }
        TableIdentifier target = table.targetTable();
        if (target == null) {
            return Optional.empty();
        }
        return Optional.of(new ResourceLink(databaseName, table.name(), target.catalogId(), target.databaseName(),
                target.name()));
    }

    @Override
    public void deleteTable(String accountId, String region, String databaseName, String tableName) {
        try {
            clients.glue(accountId, region).deleteTable(request -> request.catalogId(accountId)
                    .databaseName(databaseName).name(tableName));
        } catch (EntityNotFoundException e) {
            // deleted already, or its database is
        } catch (SdkException e) {
            throw AwsErrors.translate("glue:DeleteTable " + databaseName + "." + tableName, e);
        }
    }

    @Override
    public List<String> tableNames(String accountId, String region, String databaseName) {
        try {
            return clients.glue(accountId, region).getTablesPaginator(request -> request.catalogId(accountId)
                            .databaseName(databaseName))
                    .stream()
                    .flatMap(page -> page.tableList().stream())
                    .map(Table::name)
                    .toList();
        } catch (EntityNotFoundException e) {
            return List.of();
        } catch (SdkException e) {
            throw AwsErrors.translate("glue:GetTables " + databaseName, e);
        }
    }
}

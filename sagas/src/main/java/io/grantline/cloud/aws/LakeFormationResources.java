package io.grantline.cloud.aws;

import io.grantline.cloud.LakeFormation;
import software.amazon.awssdk.services.lakeformation.model.DataCellsFilterResource;
import software.amazon.awssdk.services.lakeformation.model.DatabaseResource;
import software.amazon.awssdk.services.lakeformation.model.Resource;
import software.amazon.awssdk.services.lakeformation.model.TableResource;

/** The port's resources as Lake Formation names them. */
final class LakeFormationResources {

    private LakeFormationResources() {
    }

    static Resource of(LakeFormation.Resource resource) {
        if (resource.dataCellsFilterName() != null) {
            return Resource.builder().dataCellsFilter(DataCellsFilterResource.builder()
                    .tableCatalogId(resource.catalogId())
                    .databaseName(resource.databaseName())
                    .tableName(resource.tableName())
                    .name(resource.dataCellsFilterName())
                    .build()).build();
        }
        if (resource.tableName() != null) {
            return Resource.builder().table(TableResource.builder()
                    .catalogId(resource.catalogId())
                    .databaseName(resource.databaseName())
                    .name(resource.tableName())
                    .build()).build();
        }
        return Resource.builder().database(DatabaseResource.builder()
                .catalogId(resource.catalogId())
                .name(resource.databaseName())
                .build()).build();
    }

    static String describe(LakeFormation.Resource resource) {
        StringBuilder name = new StringBuilder(resource.catalogId()).append(':').append(resource.databaseName());
        if (resource.tableName() != null) {
            name.append('.').append(resource.tableName());
        }
        if (resource.dataCellsFilterName() != null) {
            name.append(" filter ").append(resource.dataCellsFilterName());
        }
        return name.toString();
    }
}

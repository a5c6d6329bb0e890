package io.grantline.projections.dataset;

import static io.grantline.projections.jooq.Tables.DATASET;
import static io.grantline.projections.support.JsonLists.fromJsonb;
import static io.grantline.projections.support.JsonLists.toJsonb;
import static io.grantline.projections.support.Timestamps.text;
import static io.grantline.projections.support.Timestamps.utc;

import io.grantline.api.Page;
import io.grantline.api.dataset.DatasetEvents.DatasetCreated;
import io.grantline.api.dataset.DatasetEvents.DatasetDeleted;
import io.grantline.api.dataset.DatasetEvents.DatasetUpdated;
import io.grantline.api.dataset.DatasetQueries.DatasetList;
import io.grantline.api.dataset.DatasetQueries.DatasetView;
import io.grantline.api.dataset.DatasetQueries.FindDataset;
import io.grantline.api.dataset.DatasetQueries.FindDatasets;
import io.grantline.api.dataset.DatasetQueries.ListDatasets;
import io.grantline.api.dataset.DatasetQueries.ListEnvironmentDatasets;
import io.grantline.api.dataset.DatasetResources;
import io.grantline.projections.jooq.tables.records.DatasetRecord;
import io.grantline.projections.support.ReadModel;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.springframework.stereotype.Component;

/**
 * The dataset read table and the dataset queries it answers. A deleted dataset's row is deleted; its tables,
 * folders and runs go with it in their own projections.
 */
@Component
@ProcessingGroup(ReadModel.PROCESSING_GROUP)
public class DatasetProjection {

    private final DSLContext db;

    public DatasetProjection(DSLContext db) {
        this.db = db;
    }

    @EventHandler
    void on(DatasetCreated event) {
        DatasetResources resources = event.resources();
        db.insertInto(DATASET)
                .set(DATASET.DATASET_URI, event.datasetUri())
                .set(DATASET.ORGANIZATION_URI, event.organizationUri())
                .set(DATASET.ENVIRONMENT_URI, event.environmentUri())
                .set(DATASET.AWS_ACCOUNT_ID, event.awsAccountId())
                .set(DATASET.REGION, event.region())
                .set(DATASET.LABEL, event.label())
                .set(DATASET.NAME, event.name())
                .set(DATASET.DESCRIPTION, event.description())
                .set(DATASET.SAML_ADMIN_GROUP_NAME, event.samlAdminGroupName())
                .set(DATASET.ENVIRONMENT_ADMIN_GROUP, event.environmentAdminGroup())
                .set(DATASET.OWNER, event.owner())
                .set(DATASET.STEWARDS, event.stewards())
                .set(DATASET.TAGS, toJsonb(event.tags()))
                .set(DATASET.TOPICS, toJsonb(event.topics()))
                .set(DATASET.TERMS, toJsonb(List.of()))
                .set(DATASET.CONFIDENTIALITY, event.confidentiality())
                .set(DATASET.LANGUAGE, event.language())
                .set(DATASET.AUTO_APPROVAL_ENABLED, event.autoApprovalEnabled())
                .set(DATASET.BUSINESS_OWNER_EMAIL, event.businessOwnerEmail())
                .set(DATASET.BUSINESS_OWNER_DELEGATION_EMAILS, toJsonb(event.businessOwnerDelegationEmails()))
                .set(DATASET.ENABLE_EXPIRATION, event.enableExpiration())
                .set(DATASET.EXPIRY_SETTING, event.expirySetting())
                .set(DATASET.EXPIRY_MIN_DURATION, event.expiryMinDuration())
                .set(DATASET.EXPIRY_MAX_DURATION, event.expiryMaxDuration())
                .set(DATASET.IMPORTED, event.imported())
                .set(DATASET.S3_BUCKET_NAME, resources.s3BucketName())
                .set(DATASET.KMS_ALIAS, resources.kmsAlias())
                .set(DATASET.GLUE_DATABASE_NAME, resources.glueDatabaseName())
                .set(DATASET.IAM_DATASET_ADMIN_ROLE_NAME, resources.iamDatasetAdminRoleName())
                .set(DATASET.IAM_DATASET_ADMIN_ROLE_ARN, resources.iamDatasetAdminRoleArn())
                .set(DATASET.GLUE_CRAWLER_NAME, resources.glueCrawlerName())
                .set(DATASET.GLUE_PROFILING_JOB_NAME, resources.glueProfilingJobName())
                .set(DATASET.IMPORTED_S3_BUCKET, resources.importedS3Bucket())
                .set(DATASET.IMPORTED_KMS_KEY, resources.importedKmsKey())
                .set(DATASET.IMPORTED_GLUE_DATABASE, resources.importedGlueDatabase())
                .set(DATASET.IMPORTED_ADMIN_ROLE, resources.importedAdminRole())
                .set(DATASET.STACK_URI, event.stackUri())
                .set(DATASET.CREATED, utc(event.created()))
                .set(DATASET.UPDATED, utc(event.created()))
                .onConflictDoNothing()
                .execute();
    }

    @EventHandler
    void on(DatasetUpdated event) {
        db.update(DATASET)
                .set(DATASET.LABEL, event.label())
                .set(DATASET.DESCRIPTION, event.description())
                .set(DATASET.STEWARDS, event.stewards())
                .set(DATASET.TAGS, toJsonb(event.tags()))
                .set(DATASET.TOPICS, toJsonb(event.topics()))
                .set(DATASET.TERMS, toJsonb(event.terms()))
                .set(DATASET.CONFIDENTIALITY, event.confidentiality())
                .set(DATASET.LANGUAGE, event.language())
                .set(DATASET.AUTO_APPROVAL_ENABLED, event.autoApprovalEnabled())
                .set(DATASET.BUSINESS_OWNER_EMAIL, event.businessOwnerEmail())
                .set(DATASET.BUSINESS_OWNER_DELEGATION_EMAILS, toJsonb(event.businessOwnerDelegationEmails()))
                .set(DATASET.KMS_ALIAS, event.kmsAlias())
                .set(DATASET.ENABLE_EXPIRATION, event.enableExpiration())
                .set(DATASET.EXPIRY_SETTING, event.expirySetting())
                .set(DATASET.EXPIRY_MIN_DURATION, event.expiryMinDuration())
                .set(DATASET.EXPIRY_MAX_DURATION, event.expiryMaxDuration())
                .set(DATASET.UPDATED, utc(event.updated()))
                .where(DATASET.DATASET_URI.eq(event.datasetUri()))
                .execute();
    }

    @EventHandler
    void on(DatasetDeleted event) {
        db.deleteFrom(DATASET).where(DATASET.DATASET_URI.eq(event.datasetUri())).execute();
    }

    @ResetHandler
    void reset() {
        db.deleteFrom(DATASET).execute();
    }

    @QueryHandler
    DatasetView handle(FindDataset query) {
        return db.selectFrom(DATASET)
                .where(DATASET.DATASET_URI.eq(query.datasetUri()))
                .fetchOptional(DatasetProjection::view)
                .orElse(null);
    }

    @QueryHandler
    DatasetList handle(FindDatasets query) {
        return new DatasetList(db.selectFrom(DATASET)
                .where(DATASET.DATASET_URI.in(query.datasetUris()))
                .orderBy(DATASET.LABEL, DATASET.DATASET_URI)
                .fetch(DatasetProjection::view));
    }

    /** Raw Page: Axon matches a handler to {@code instanceOf(Page.class)} only when it declares the raw type. */
    @SuppressWarnings("rawtypes")
    @QueryHandler
    Page handle(ListDatasets query) {
        List<String> groups = query.groups() == null ? List.of() : query.groups();
        Condition visible = DATASET.OWNER.eq(query.username()).or(DATASET.SAML_ADMIN_GROUP_NAME.in(groups));
        if (!query.ownedOnly()) {
            visible = visible.or(DATASET.STEWARDS.in(groups));
        }
        Condition condition = visible.and(SearchTerm.matches(query.term(), DATASET.LABEL, DATASET.DESCRIPTION,
                DATASET.TAGS));
        return page(condition, query.page(), query.pageSize());
    }

    @SuppressWarnings("rawtypes")
    @QueryHandler
    Page handle(ListEnvironmentDatasets query) {
        Condition condition = DATASET.ENVIRONMENT_URI.eq(query.environmentUri());
        if (query.groupUri() != null) {
            condition = condition.and(DATASET.SAML_ADMIN_GROUP_NAME.eq(query.groupUri()));
        }
        condition = condition.and(SearchTerm.matches(query.term(), DATASET.LABEL, DATASET.DESCRIPTION,
                DATASET.TAGS, DATASET.REGION));
        return page(condition, query.page(), query.pageSize());
    }

    /** Sorts and counts narrow rows first, then reads the whole rows of the page only. */
    private Page<DatasetView> page(Condition condition, int page, int pageSize) {
        Table<?> matching = db.select(DATASET.DATASET_URI, DATASET.LABEL, Pages.TOTAL).from(DATASET)
                .where(condition)
                .orderBy(DATASET.LABEL, DATASET.DATASET_URI)
                .limit(pageSize).offset(Page.offset(page, pageSize))
                .asTable("matching");
        return Pages.of(db.select(DATASET.asterisk(), matching.field(Pages.TOTAL)).from(DATASET)
                        .join(matching).on(DATASET.DATASET_URI.eq(matching.field(DATASET.DATASET_URI)))
                        .orderBy(DATASET.LABEL, DATASET.DATASET_URI)
                        .fetch(),
                row -> view(row.into(DATASET)), page, pageSize, () -> db.fetchCount(DATASET, condition));
    }

    static DatasetView view(DatasetRecord row) {
        DatasetResources resources = new DatasetResources(row.getS3BucketName(), row.getKmsAlias(),
                row.getGlueDatabaseName(), row.getIamDatasetAdminRoleName(), row.getIamDatasetAdminRoleArn(),
                row.getGlueCrawlerName(), row.getGlueProfilingJobName(), row.getImportedS3Bucket(),
                row.getImportedKmsKey(), row.getImportedGlueDatabase(), row.getImportedAdminRole());
        return new DatasetView(row.getDatasetUri(), row.getOrganizationUri(), row.getEnvironmentUri(),
                row.getAwsAccountId(), row.getRegion(), row.getLabel(), row.getName(), row.getDescription(),
                row.getSamlAdminGroupName(), row.getEnvironmentAdminGroup(), row.getOwner(), row.getStewards(),
                fromJsonb(row.getTags()), fromJsonb(row.getTopics()), fromJsonb(row.getTerms()),
                row.getConfidentiality(), row.getLanguage(), row.getAutoApprovalEnabled(),
                row.getBusinessOwnerEmail(), fromJsonb(row.getBusinessOwnerDelegationEmails()),
                row.getEnableExpiration(), row.getExpirySetting(), row.getExpiryMinDuration(),
                row.getExpiryMaxDuration(), row.getImported(), resources, row.getStackUri(), row.getTableCount(),
                row.getLocationCount(), text(row.getCreated()), text(row.getUpdated()));
    }
}

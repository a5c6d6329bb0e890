package io.grantline.projections.share;

import static io.grantline.projections.jooq.Tables.DATASET;
import static io.grantline.projections.jooq.Tables.DATASET_STORAGE_LOCATION;
import static io.grantline.projections.jooq.Tables.DATASET_TABLE;
import static io.grantline.projections.jooq.Tables.ORGANIZATION;
import static io.grantline.projections.jooq.Tables.SHARE_ITEM;
import static io.grantline.projections.jooq.Tables.SHARE_LOG;
import static io.grantline.projections.jooq.Tables.SHARE_OBJECT;
import static io.grantline.projections.support.Timestamps.text;

import io.grantline.api.Page;
import io.grantline.api.share.ShareItemHealthStatus;
import io.grantline.api.share.ShareItemStatus;
import io.grantline.api.share.ShareQueries.EnvironmentSharedItemView;
import io.grantline.api.share.ShareQueries.ListEnvironmentSharedItems;
import io.grantline.api.share.ShareQueries.ListShareItems;
import io.grantline.api.share.ShareQueries.ListShareLogs;
import io.grantline.api.share.ShareQueries.ShareItemView;
import io.grantline.api.share.ShareQueries.ShareLogView;
import io.grantline.api.share.ShareableType;
import io.grantline.projections.jooq.tables.records.ShareObjectRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.axonframework.queryhandling.QueryHandler;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/** The items of shares: what a share could hold and holds, what is shared into an environment, the share's log. */
@Component
public class ShareItemQueries {

    /** Where data.all's share processor logs; Grantline's log is the share's processing history. */
    static final String LOG_GROUP = "grantline/share-processor";

    private final DSLContext db;

    public ShareItemQueries(DSLContext db) {
        this.db = db;
    }

    /**
     * Every table, folder and the bucket of the share's dataset, each with its share item when the share holds it,
     * then items whose table or folder is gone from the dataset; tables first, then folders, then the bucket.
     */
    @QueryHandler
    Page handle(ListShareItems query) {
        ShareObjectRecord share = db.selectFrom(SHARE_OBJECT)
                .where(SHARE_OBJECT.SHARE_URI.eq(query.shareUri()).and(SHARE_OBJECT.DELETED.isNull()))
                .fetchOne();
        if (share == null) {
            return new Page<>(List.of(), 0, query.page(), query.pageSize());
        }
        Map<String, ShareItemView> held = new LinkedHashMap<>();
        db.selectFrom(SHARE_ITEM).where(SHARE_ITEM.SHARE_URI.eq(share.getShareUri()))
                .orderBy(SHARE_ITEM.CREATED, SHARE_ITEM.SHARE_ITEM_URI)
                .forEach(row -> held.put(row.getItemUri(), ShareViews.item(row)));
        List<ShareItemView> items = new ArrayList<>();
        db.select(DATASET_TABLE.TABLE_URI, DATASET_TABLE.NAME, DATASET_TABLE.DESCRIPTION).from(DATASET_TABLE)
                .where(DATASET_TABLE.DATASET_URI.eq(share.getDatasetUri())).orderBy(DATASET_TABLE.NAME)
                .forEach(row -> items.add(held.containsKey(row.value1()) ? held.remove(row.value1())
                        : ShareViews.notShared(share.getShareUri(), ShareableType.Table, row.value1(),
                                row.value2(), row.value3())));
        db.select(DATASET_STORAGE_LOCATION.LOCATION_URI, DATASET_STORAGE_LOCATION.S3_PREFIX,
                        DATASET_STORAGE_LOCATION.DESCRIPTION).from(DATASET_STORAGE_LOCATION)
                .where(DATASET_STORAGE_LOCATION.DATASET_URI.eq(share.getDatasetUri()))
                .orderBy(DATASET_STORAGE_LOCATION.S3_PREFIX)
                .forEach(row -> items.add(held.containsKey(row.value1()) ? held.remove(row.value1())
                        : ShareViews.notShared(share.getShareUri(), ShareableType.StorageLocation, row.value1(),
                                row.value2(), row.value3())));
        boolean datasetLive = db.fetchExists(DATASET, DATASET.DATASET_URI.eq(share.getDatasetUri()));
        if (datasetLive) {
            String bucket = share.getDatasetUri();
            items.add(held.containsKey(bucket) ? held.remove(bucket)
                    : ShareViews.notShared(share.getShareUri(), ShareableType.S3Bucket, bucket,
                            share.getBucketName(), null));
        }
        items.addAll(held.values());
        List<ShareItemView> kept = items.stream().filter(filters(query)).toList();
        int from = Math.min(Page.offset(query.page(), query.pageSize()), kept.size());
        int to = Math.min(from + query.pageSize(), kept.size());
        return new Page<>(kept.subList(from, to), kept.size(), query.page(), query.pageSize());
    }

    private static Predicate<ShareItemView> filters(ListShareItems query) {
        Predicate<ShareItemView> keep = item -> true;
        if (query.isShared() != null) {
            keep = keep.and(item -> (item.shareItemUri() != null) == query.isShared());
        }
        if (query.isRevokable() != null) {
            keep = keep.and(item -> (item.status() != null && ShareStates.REVOKABLE.contains(item.status()))
                    == query.isRevokable());
        }
        if (query.isHealthy() != null) {
            keep = keep.and(item -> item.healthStatus() != null
                    && (item.healthStatus() == ShareItemHealthStatus.Healthy) == query.isHealthy());
        }
        if (query.term() != null && !query.term().isBlank()) {
            String term = query.term().trim().toLowerCase(Locale.ROOT);
            keep = keep.and(item -> item.itemName() != null
                    && item.itemName().toLowerCase(Locale.ROOT).contains(term));
        }
        return keep;
    }

    /** searchEnvironmentDataItems: the items shared (Share_Succeeded) into the environment. */
    @QueryHandler
    Page handle(ListEnvironmentSharedItems query) {
        Condition condition = SHARE_OBJECT.ENVIRONMENT_URI.eq(query.environmentUri())
                .and(SHARE_OBJECT.DELETED.isNull())
                .and(SHARE_ITEM.STATUS.eq(ShareItemStatus.Share_Succeeded.name()));
        if (query.groups() != null) {
            condition = condition.and(SHARE_OBJECT.GROUP_URI.in(query.groups()));
        }
        if (query.itemTypes() != null && !query.itemTypes().isEmpty()) {
            condition = condition.and(SHARE_ITEM.ITEM_TYPE.in(query.itemTypes()));
        }
        if (query.term() != null && !query.term().isBlank()) {
            String pattern = "%" + query.term().trim() + "%";
            condition = condition.and(SHARE_ITEM.ITEM_NAME.likeIgnoreCase(pattern)
                    .or(SHARE_OBJECT.DATASET_NAME.likeIgnoreCase(pattern)));
        }
        List<EnvironmentSharedItemView> rows = db.select(SHARE_OBJECT.SHARE_URI, SHARE_OBJECT.DATASET_URI,
                        SHARE_OBJECT.DATASET_NAME, SHARE_ITEM.ITEM_TYPE, SHARE_ITEM.ITEM_NAME,
                        SHARE_OBJECT.DATASET_ENVIRONMENT_URI, SHARE_OBJECT.DATASET_ENVIRONMENT_NAME,
                        SHARE_OBJECT.DATASET_ORGANIZATION_URI, ORGANIZATION.LABEL, SHARE_OBJECT.PRINCIPAL_ID,
                        SHARE_OBJECT.ENVIRONMENT_URI, SHARE_ITEM.CREATED)
                .from(SHARE_ITEM)
                .join(SHARE_OBJECT).on(SHARE_OBJECT.SHARE_URI.eq(SHARE_ITEM.SHARE_URI))
                .leftJoin(ORGANIZATION).on(ORGANIZATION.ORGANIZATION_URI.eq(SHARE_OBJECT.DATASET_ORGANIZATION_URI))
                .where(condition)
                .orderBy(SHARE_OBJECT.DATASET_NAME, SHARE_ITEM.ITEM_NAME, SHARE_ITEM.SHARE_ITEM_URI)
                .fetch(row -> new EnvironmentSharedItemView(row.value1(), row.value2(), row.value3(),
                        row.value4(), row.value5(), row.value6(), row.value7(), row.value8(), row.value9(),
                        row.value10(), row.value11(), text(row.value12())));
        if (query.uniqueShares()) {
            Set<String> seen = new LinkedHashSet<>();
            rows = rows.stream().filter(row -> seen.add(row.shareUri())).toList();
        }
        int from = Math.min(Page.offset(query.page(), query.pageSize()), rows.size());
        int to = Math.min(from + query.pageSize(), rows.size());
        return new Page<>(rows.subList(from, to), rows.size(), query.page(), query.pageSize());
    }

    @QueryHandler
    List handle(ListShareLogs query) {
        return db.selectFrom(SHARE_LOG).where(SHARE_LOG.SHARE_URI.eq(query.shareUri()))
                .orderBy(SHARE_LOG.SEQUENCE)
                .fetch(row -> new ShareLogView(LOG_GROUP, row.getLogStream(), row.getMessage(),
                        text(row.getLogged())));
    }
}

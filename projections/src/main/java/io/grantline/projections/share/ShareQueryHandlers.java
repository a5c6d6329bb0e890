package io.grantline.projections.share;

import static io.grantline.projections.jooq.Tables.SHARE_ITEM;
import static io.grantline.projections.jooq.Tables.SHARE_OBJECT;

import io.grantline.api.Page;
import io.grantline.api.share.ShareItemStatus;
import io.grantline.api.share.ShareNames;
import io.grantline.api.share.ShareObjectStatus;
import io.grantline.api.share.ShareQueries.FindShare;
import io.grantline.api.share.ShareQueries.FindShareItem;
import io.grantline.api.share.ShareQueries.FindShareItemByAttachedFilter;
import io.grantline.api.share.ShareQueries.FindShares;
import io.grantline.api.share.ShareQueries.ListDatasetShares;
import io.grantline.api.share.ShareQueries.ListDatasetsSharedWithEnvGroup;
import io.grantline.api.share.ShareQueries.ListSharedDatasetTables;
import io.grantline.api.share.ShareQueries.ListShares;
import io.grantline.api.share.ShareQueries.ShareItemView;
import io.grantline.api.share.ShareQueries.ShareView;
import io.grantline.api.share.ShareQueries.SharedDatabaseView;
import io.grantline.api.share.ShareQueries.SharedTableView;
import io.grantline.api.share.ShareableType;
import io.grantline.projections.dataset.Pages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.axonframework.queryhandling.QueryHandler;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.SortField;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/** Answers the queries about shares and their items from the share read model. */
@Component
public class ShareQueryHandlers {

    private final DSLContext db;

    public ShareQueryHandlers(DSLContext db) {
        this.db = db;
    }

    /** The share, or null when there is none or it was deleted. */
    @QueryHandler
    ShareView handle(FindShare query) {
        return db.selectFrom(SHARE_OBJECT)
                .where(SHARE_OBJECT.SHARE_URI.eq(query.shareUri()).and(SHARE_OBJECT.DELETED.isNull()))
                .fetchOptional(ShareViews::share).orElse(null);
    }

    @QueryHandler
    List handle(FindShares query) {
        return db.selectFrom(SHARE_OBJECT)
                .where(SHARE_OBJECT.SHARE_URI.in(query.shareUris()).and(SHARE_OBJECT.DELETED.isNull()))
                .fetch(ShareViews::share);
    }

    @QueryHandler
    ShareItemView handle(FindShareItem query) {
        return liveItem(SHARE_ITEM.SHARE_ITEM_URI.eq(query.shareItemUri()));
    }

    @QueryHandler
    ShareItemView handle(FindShareItemByAttachedFilter query) {
        return liveItem(SHARE_ITEM.ATTACHED_DATA_FILTER_URI.eq(query.attachedDataFilterUri()));
    }

    /** The item, unless it or its share is gone; null then. */
    private ShareItemView liveItem(Condition condition) {
        return db.select(SHARE_ITEM.fields()).from(SHARE_ITEM)
                .join(SHARE_OBJECT).on(SHARE_OBJECT.SHARE_URI.eq(SHARE_ITEM.SHARE_URI))
                .where(condition.and(SHARE_OBJECT.DELETED.isNull()))
                .fetchOptional(row -> ShareViews.item(row.into(SHARE_ITEM))).orElse(null);
    }

    /**
     * getShareRequestsToMe: the shares the groups approve (owner team or stewards), Draft ones left out; FromMe:
     * the shares the groups requested or the user created.
     */
    @QueryHandler
    Page handle(ListShares query) {
        Condition condition = SHARE_OBJECT.DELETED.isNull().and(query.fromMe()
                ? SHARE_OBJECT.GROUP_URI.in(query.groups()).or(SHARE_OBJECT.OWNER.eq(query.username()))
                : SHARE_OBJECT.DATASET_OWNER_GROUP.in(query.groups())
                        .or(SHARE_OBJECT.DATASET_STEWARDS.in(query.groups()))
                        .and(SHARE_OBJECT.STATUS.ne(ShareObjectStatus.Draft.name())));
        condition = condition.and(anyOf(SHARE_OBJECT.STATUS, query.statuses()))
                .and(anyOf(SHARE_OBJECT.DATASET_URI, query.datasetUris()))
                .and(anyOf(SHARE_OBJECT.DATASET_OWNER_GROUP, query.datasetOwners()))
                .and(anyOf(SHARE_OBJECT.GROUP_URI, query.requesters()))
                .and(anyOf(SHARE_OBJECT.PRINCIPAL_NAME, query.iamPrincipals()));
        if (query.term() != null && !query.term().isBlank()) {
            String pattern = "%" + query.term().trim() + "%";
            condition = condition.and(SHARE_OBJECT.DATASET_NAME.likeIgnoreCase(pattern)
                    .or(SHARE_OBJECT.GROUP_URI.likeIgnoreCase(pattern))
                    .or(SHARE_OBJECT.PRINCIPAL_ID.likeIgnoreCase(pattern))
                    .or(SHARE_OBJECT.REQUEST_PURPOSE.likeIgnoreCase(pattern)));
        }
        Condition where = condition;
        return Pages.of(db.select(SHARE_OBJECT.fields()).select(Pages.TOTAL).from(SHARE_OBJECT)
                        .where(where)
                        .orderBy(sort(query.sortField(), query.sortDirection()), SHARE_OBJECT.SHARE_URI.asc())
                        .limit(query.pageSize()).offset(Page.offset(query.page(), query.pageSize()))
                        .fetch(),
                row -> ShareViews.share(row.into(SHARE_OBJECT)), query.page(), query.pageSize(),
                () -> db.fetchCount(SHARE_OBJECT, where));
    }

    private static Condition anyOf(TableField<?, String> field, List<String> values) {
        return values == null || values.isEmpty() ? DSL.noCondition() : field.in(values);
    }

    private static SortField<?> sort(String field, String direction) {
        TableField<?, ?> column = switch (field == null ? "created" : field.toLowerCase(Locale.ROOT)) {
            case "label" -> SHARE_OBJECT.DATASET_NAME;
            case "updated" -> SHARE_OBJECT.UPDATED;
            default -> SHARE_OBJECT.CREATED;
        };
        return "asc".equalsIgnoreCase(direction) ? column.asc() : column.desc();
    }

    /** The live shares of a dataset; activeOnly keeps those holding or processing a grant. */
    @QueryHandler
    List handle(ListDatasetShares query) {
        Condition condition = SHARE_OBJECT.DATASET_URI.eq(query.datasetUri()).and(SHARE_OBJECT.DELETED.isNull());
        if (query.activeOnly()) {
            condition = condition.and(DSL.exists(DSL.selectOne().from(SHARE_ITEM)
                    .where(SHARE_ITEM.SHARE_URI.eq(SHARE_OBJECT.SHARE_URI)
                            .and(SHARE_ITEM.STATUS.in(ShareStates.names(ShareStates.ACTIVE))))));
        }
        return db.selectFrom(SHARE_OBJECT).where(condition).orderBy(SHARE_OBJECT.CREATED)
                .fetch(ShareViews::share);
    }

    @QueryHandler
    List handle(ListSharedDatasetTables query) {
        return db.selectDistinct(SHARE_ITEM.ITEM_URI, SHARE_ITEM.ITEM_NAME).from(SHARE_ITEM)
                .join(SHARE_OBJECT).on(SHARE_OBJECT.SHARE_URI.eq(SHARE_ITEM.SHARE_URI))
                .where(SHARE_OBJECT.DATASET_URI.eq(query.datasetUri())
                        .and(SHARE_OBJECT.ENVIRONMENT_URI.eq(query.environmentUri()))
                        .and(SHARE_OBJECT.DELETED.isNull())
                        .and(SHARE_ITEM.ITEM_TYPE.eq(ShareableType.Table.name()))
                        .and(SHARE_ITEM.STATUS.eq(ShareItemStatus.Share_Succeeded.name())))
                .orderBy(SHARE_ITEM.ITEM_NAME)
                .fetch(row -> new SharedTableView(row.value1(), row.value2()));
    }

    @QueryHandler
    List handle(ListDatasetsSharedWithEnvGroup query) {
        List<SharedDatabaseView> databases = new ArrayList<>();
        db.selectFrom(SHARE_OBJECT)
                .where(SHARE_OBJECT.ENVIRONMENT_URI.eq(query.environmentUri())
                        .and(SHARE_OBJECT.GROUP_URI.eq(query.groupUri()))
                        .and(SHARE_OBJECT.DELETED.isNull())
                        .and(DSL.exists(DSL.selectOne().from(SHARE_ITEM)
                                .where(SHARE_ITEM.SHARE_URI.eq(SHARE_OBJECT.SHARE_URI)
                                        .and(SHARE_ITEM.ITEM_TYPE.eq(ShareableType.Table.name()))
                                        .and(SHARE_ITEM.STATUS.eq(ShareItemStatus.Share_Succeeded.name()))))))
                .orderBy(SHARE_OBJECT.DATASET_NAME)
                .forEach(row -> databases.add(new SharedDatabaseView(row.getDatasetUri(), row.getShareUri(),
                        row.getGlueDatabaseName(), ShareNames.sharedDatabaseName(row.getGlueDatabaseName()),
                        row.getAwsAccountId(), row.getRegion())));
        return databases;
    }
}

package io.grantline.graphql.share;

import io.grantline.api.Page;
import io.grantline.api.error.InvalidInput;
import io.grantline.api.error.ObjectNotFound;
import io.grantline.api.share.ShareQueries.FindShare;
import io.grantline.api.share.ShareQueries.FindShareItem;
import io.grantline.api.share.ShareQueries.FindShareItemByAttachedFilter;
import io.grantline.api.share.ShareQueries.ShareItemView;
import io.grantline.api.share.ShareQueries.ShareView;
import io.grantline.graphql.support.Queries;
import java.util.List;
import org.springframework.stereotype.Component;

/** The share read model as the share operations read it: each find refuses what does not exist. */
@Component
public class ShareReads {

    private final Queries queries;

    public ShareReads(Queries queries) {
        this.queries = queries;
    }

    public ShareView share(String shareUri) {
        ShareView view = queries.ask(new FindShare(shareUri), ShareView.class);
        if (view == null) {
            throw new ObjectNotFound("ShareObject", shareUri);
        }
        return view;
    }

    public ShareObjectNode node(String shareUri) {
        return ShareObjectNode.of(share(shareUri), false);
    }

    public ShareItemView item(String shareItemUri) {
        ShareItemView view = itemOrNull(shareItemUri);
        if (view == null) {
            throw new ObjectNotFound("ShareObjectItem", shareItemUri);
        }
        return view;
    }

    public ShareItemView itemOrNull(String shareItemUri) {
        return queries.ask(new FindShareItem(shareItemUri), ShareItemView.class);
    }

    public ShareItemView itemWithFilter(String attachedDataFilterUri) {
        ShareItemView view = queries.ask(new FindShareItemByAttachedFilter(attachedDataFilterUri),
                ShareItemView.class);
        if (view == null) {
            throw new ObjectNotFound("ShareObjectItemDataFilter", attachedDataFilterUri);
        }
        return view;
    }

    /** Items of another share, or unknown ones, are refused naming them before anything is sent. */
    public void requireItemsOf(String action, ShareView share, List<String> shareItemUris) {
        for (String shareItemUri : shareItemUris) {
            ShareItemView item = itemOrNull(shareItemUri);
            if (item == null || !share.shareUri().equals(item.shareUri())) {
                throw new InvalidInput(action, "itemUris", "hold " + shareItemUri + ", which is no item of the share "
                        + share.shareUri());
            }
        }
    }

    /** A listing query; the share read model answers listings with a {@link Page}. */
    @SuppressWarnings("unchecked")
    public <V> Page<V> page(Object query) {
        return (Page<V>) queries.ask(query, Page.class);
    }

    /** A query the share read model answers with a plain list. */
    @SuppressWarnings("unchecked")
    public <V> List<V> list(Object query) {
        List<V> views = (List<V>) queries.ask(query, List.class);
        return views == null ? List.of() : views;
    }
}

package io.grantline.command.share;

import static io.grantline.command.validation.Require.present;

import io.grantline.api.error.InvalidInput;
import io.grantline.api.error.RequiredParameter;
import io.grantline.api.error.UnauthorizedOperation;
import io.grantline.api.share.AttachedDataFilter;
import io.grantline.api.share.ShareableType;

/** data.all's rules for the data filters attached to a shared table. */
final class ShareItemFilters {

    private ShareItemFilters() {
    }

    static void requireTable(String action, ShareItem item) {
        if (item.item.itemType() != ShareableType.Table) {
            throw new InvalidInput(action, "shareItemUri", "names a share item of type " + item.item.itemType()
                    + ", not " + ShareableType.Table + " - required for data filters");
        }
    }

    static void requireNotShared(String action, ShareItem item, String consequence) {
        if (ShareStateMachine.SHARED.contains(item.status)) {
            throw new UnauthorizedOperation(action, "Share item already shared in state " + item.status + " - "
                    + consequence);
        }
    }

    /** A filter set that replaces an attached one keeps the attached one's uri, as data.all updates it in place. */
    static AttachedDataFilter checked(String action, AttachedDataFilter filter, AttachedDataFilter attached) {
        if (filter == null) {
            throw new RequiredParameter(action, "filterUris");
        }
        String label = present(action, "label", filter.label());
        if (filter.filterUris().isEmpty()) {
            throw new RequiredParameter(action, "filterUris");
        }
        if (filter.filterNames().size() != filter.filterUris().size()) {
            throw new InvalidInput(action, "filterUris", "must each name a data filter of the table");
        }
        String uri = attached != null ? attached.attachedDataFilterUri()
                : present(action, "attachedDataFilterUri", filter.attachedDataFilterUri());
        return new AttachedDataFilter(uri, label, filter.filterUris(), filter.filterNames());
    }
}

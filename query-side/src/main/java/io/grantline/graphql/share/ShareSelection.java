package io.grantline.graphql.share;

import io.grantline.api.error.RequiredParameter;
import io.grantline.graphql.support.Inputs;
import java.util.List;
import java.util.Map;

/** data.all's ShareItemSelectorInput: a share and some of its items, by share item uri. */
record ShareSelection(String shareUri, List<String> shareItemUris) {

    static ShareSelection of(String action, Map<String, Object> input) {
        if (input == null) {
            throw new RequiredParameter(action, "input");
        }
        String shareUri = Inputs.required(action, "shareUri", Inputs.string(input, "shareUri"));
        List<String> itemUris = Inputs.strings(input, "itemUris");
        if (itemUris == null || itemUris.isEmpty()) {
            throw new RequiredParameter(action, "itemUris");
        }
        return new ShareSelection(shareUri, itemUris.stream().distinct().toList());
    }
}

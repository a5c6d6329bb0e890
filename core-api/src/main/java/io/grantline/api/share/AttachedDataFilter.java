package io.grantline.api.share;

import java.util.List;

/** The table data filters (Lake Formation data cells filters) a shared table is limited to, under one label. */
public record AttachedDataFilter(String attachedDataFilterUri, String label, List<String> filterUris,
                                 List<String> filterNames) {

    public AttachedDataFilter {
        filterUris = filterUris == null ? List.of() : List.copyOf(filterUris);
        filterNames = filterNames == null ? List.of() : List.copyOf(filterNames);
    }
}

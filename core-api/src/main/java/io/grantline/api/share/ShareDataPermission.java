package io.grantline.api.share;

/** data.all's ShareObjectDataPermission: Write and Modify are only granted within one account. */
public enum ShareDataPermission {
    Read, Write, Modify
}

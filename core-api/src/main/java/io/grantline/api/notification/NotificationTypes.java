package io.grantline.api.notification;

/**
 * The types data.all gives share notifications (DataSharingNotificationType), plus the outcome of the share
 * processor, which data.all reports only by e-mail to its admins. data.all files a revocation under
 * SHARE_OBJECT_REJECTED, with a message saying REVOKED; so does Grantline.
 */
public final class NotificationTypes {

    public static final String SHARE_OBJECT_SUBMITTED = "SHARE_OBJECT_SUBMITTED";
    public static final String SHARE_OBJECT_EXTENSION_SUBMITTED = "SHARE_OBJECT_EXTENSION_SUBMITTED";
    public static final String SHARE_OBJECT_APPROVED = "SHARE_OBJECT_APPROVED";
    public static final String SHARE_OBJECT_EXTENDED = "SHARE_OBJECT_EXTENDED";
    public static final String SHARE_OBJECT_REJECTED = "SHARE_OBJECT_REJECTED";
    public static final String SHARE_OBJECT_EXTENSION_REJECTED = "SHARE_OBJECT_EXTENSION_REJECTED";
    public static final String SHARE_OBJECT_SUCCEEDED = "SHARE_OBJECT_SUCCEEDED";
    public static final String SHARE_OBJECT_FAILED = "SHARE_OBJECT_FAILED";

    private NotificationTypes() {
    }
}

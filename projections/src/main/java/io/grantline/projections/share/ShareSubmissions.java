package io.grantline.projections.share;

import static io.grantline.projections.jooq.Tables.SHARE_OBJECT;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Recognises automatic approval: data.all's submit approves inline when the dataset approves automatically, so
 * the approval (of the share or of an extension) is caused by the same command as the submission. Every event
 * carries the id of the command that caused it (causationId), which is what is compared; an approval by a person
 * is always a later command. Once approved automatically, the requesting team keeps the approver's permissions
 * on the share, as in data.all.
 */
@Component
public class ShareSubmissions {

    private final DSLContext db;

    public ShareSubmissions(DSLContext db) {
        this.db = db;
    }

    void remember(String shareUri, String causation) {
        db.update(SHARE_OBJECT)
                .set(SHARE_OBJECT.SUBMISSION_CAUSATION, causation)
                .where(SHARE_OBJECT.SHARE_URI.eq(shareUri))
                .execute();
    }

    /** Marks the share approved automatically when the approval came with its submission; answers whether. */
    boolean approvedInSubmission(String shareUri, String causation) {
        if (causation == null) {
            return false;
        }
        return db.update(SHARE_OBJECT)
                .set(SHARE_OBJECT.AUTO_APPROVED, true)
                .where(SHARE_OBJECT.SHARE_URI.eq(shareUri).and(SHARE_OBJECT.SUBMISSION_CAUSATION.eq(causation)))
                .execute() > 0;
    }
}

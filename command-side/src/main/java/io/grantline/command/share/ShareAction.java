package io.grantline.command.share;

/** data.all's names of the share and share item transitions; refusals name the action. */
enum ShareAction {
    Submit, Approve, Reject, RevokeItems, Start, Finish, FinishPending, AddItem, RemoveItem, Success, Failure,
    Extension, ExtensionApprove, ExtensionReject, CancelExtension
}

package io.grantline.cloud.local;

import io.grantline.cloud.AccountAccess;
import io.grantline.cloud.ResourceShareInvitations;
import io.grantline.cloud.local.LocalCloudFaults.Operation;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * RAM invitations in the local cloud. A cross-account Lake Formation grant sends one invitation per sender,
 * receiver and region (later grants between the same accounts ride on it, as Lake Formation's version 3 sharing
 * adds resources to one resource share); once accepted it stays accepted.
 */
public class LocalResourceShareInvitations implements ResourceShareInvitations {

    public enum Status {
        PENDING, ACCEPTED
    }

    private final JdbcTemplate jdbc;
    private final AccountAccess accountAccess;
    private final LocalCloudFaults faults;
    private final Clock clock;

    public LocalResourceShareInvitations(JdbcTemplate jdbc, AccountAccess accountAccess, LocalCloudFaults faults,
                                         Clock clock) {
        this.jdbc = jdbc;
        this.accountAccess = accountAccess;
        this.faults = faults;
        this.clock = clock;
    }

    @Override
    public int acceptPending(String accountId, String region, String senderAccountId) {
        accountAccess.assumePivotRole(accountId, region);
        faults.raiseIfInjected(Operation.ACCEPT_INVITATIONS, accountId);
        return jdbc.update("""
                update local_ram_invitation set status = 'ACCEPTED', accepted = ?
                where receiver_account_id = ? and region = ? and sender_account_id = ? and status = 'PENDING'""",
                Timestamp.from(clock.instant()), accountId, region, senderAccountId);
    }

    /** The invitation the sender sent the receiver in the region, if any. */
    public Optional<Status> status(String senderAccountId, String receiverAccountId, String region) {
        return jdbc.queryForList("""
                select status from local_ram_invitation
                where sender_account_id = ? and receiver_account_id = ? and region = ?""",
                String.class, senderAccountId, receiverAccountId, region).stream().findFirst().map(Status::valueOf);
    }

    boolean accepted(String senderAccountId, String receiverAccountId, String region) {
        return status(senderAccountId, receiverAccountId, region).filter(Status.ACCEPTED::equals).isPresent();
    }

    void send(String senderAccountId, String receiverAccountId, String region) {
        jdbc.update("""
                insert into local_ram_invitation (sender_account_id, receiver_account_id, region, status, created)
                values (?, ?, ?, 'PENDING', ?) on conflict do nothing""",
                senderAccountId, receiverAccountId, region, Timestamp.from(clock.instant()));
    }
}

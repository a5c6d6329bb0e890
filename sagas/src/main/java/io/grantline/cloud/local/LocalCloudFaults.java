package io.grantline.cloud.local;

import io.grantline.cloud.CloudAccessDeniedException;
import io.grantline.cloud.CloudThrottledException;
import io.grantline.cloud.CloudTimeoutException;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Faults the local cloud raises on purpose, so tests can show how Grantline copes with a misbehaving cloud:
 * per operation and account, a number of times or until cleared.
 */
public class LocalCloudFaults {

    public enum Operation {
        ASSUME_ROLE, DEPLOY_STACK, DESCRIBE_STACK, DELETE_STACK,
        HEAD_BUCKET, PUT_OBJECT, GET_OBJECT, PRESIGN_POST, LIST_ALIASES,
        GET_DATABASE, GET_TABLES, UPDATE_TABLE, START_CRAWLER, GET_CRAWLER, START_JOB_RUN, GET_JOB_RUN,
        PREVIEW_TABLE,
        GRANT_PERMISSIONS, REVOKE_PERMISSIONS, LIST_PERMISSIONS, PUT_DATA_LAKE_SETTINGS, ACCEPT_INVITATIONS,
        CREATE_DATABASE, DELETE_DATABASE, CREATE_TABLE, DELETE_TABLE,
        GET_ACCESS_POINT, CREATE_ACCESS_POINT, DELETE_ACCESS_POINT, GET_ACCESS_POINT_POLICY, PUT_ACCESS_POINT_POLICY,
        GET_BUCKET_POLICY, PUT_BUCKET_POLICY, GET_KEY_POLICY, PUT_KEY_POLICY, GET_POLICY, PUT_POLICY, ATTACH_POLICY
    }

    public enum Kind {
        THROTTLING, ACCESS_DENIED, TIMEOUT,
        /** Lake Formation's refusal while another change of the same catalog is under way: retried like throttling. */
        CONCURRENT_MODIFICATION
    }

    private final JdbcTemplate jdbc;

    public LocalCloudFaults(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The next {@code times} calls of the operation on the account fail; a null account means any account. */
    public void inject(Operation operation, String accountId, Kind kind, int times) {
        if (times < 1) {
            throw new IllegalArgumentException("A counted fault must happen at least once, was " + times);
        }
        jdbc.update("insert into local_fault (operation, account_id, kind, remaining) values (?, ?, ?, ?)",
                operation.name(), accountId, kind.name(), times);
    }

    /** Every call of the operation on the account fails until {@link #clear(String)}. */
    public void injectPermanently(Operation operation, String accountId, Kind kind) {
        jdbc.update("insert into local_fault (operation, account_id, kind, remaining) values (?, ?, ?, null)",
                operation.name(), accountId, kind.name());
    }

    public void clear(String accountId) {
        jdbc.update("delete from local_fault where account_id = ?", accountId);
    }

    public void clearAll() {
        jdbc.update("delete from local_fault");
    }

    /** Raises the first fault injected for this call, using up one of its occurrences. */
    void raiseIfInjected(Operation operation, String accountId) {
        List<Map<String, Object>> fault = jdbc.queryForList("""
                with next as (
                    select id from local_fault
                    where operation = ? and (account_id = ? or account_id is null)
                    order by id limit 1 for update skip locked)
                update local_fault f set remaining = f.remaining - 1 from next where f.id = next.id
                returning f.kind""", operation.name(), accountId);
        if (fault.isEmpty()) {
            return;
        }
        jdbc.update("delete from local_fault where remaining <= 0");
        Kind kind = Kind.valueOf((String) fault.get(0).get("kind"));
        String call = operation.name() + " in account " + accountId;
        throw switch (kind) {
            case THROTTLING -> new CloudThrottledException("Rate exceeded (" + call + ")");
            case ACCESS_DENIED -> new CloudAccessDeniedException("Access denied (" + call + ")");
            case TIMEOUT -> new CloudTimeoutException("No answer in time (" + call + ")");
            case CONCURRENT_MODIFICATION -> new CloudThrottledException(
                    "ConcurrentModificationException: Concurrent modification of the catalog (" + call + ")");
        };
    }
}

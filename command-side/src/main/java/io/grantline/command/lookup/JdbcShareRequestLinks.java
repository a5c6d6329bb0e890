package io.grantline.command.lookup;

import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

public class JdbcShareRequestLinks implements ShareRequestLinks {

    private final JdbcTemplate jdbc;

    public JdbcShareRequestLinks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> find(ShareRequestKey key) {
        return jdbc.queryForList("""
                select share_uri from share_request_link
                where dataset_uri = ? and environment_uri = ? and group_uri = ? and principal_id = ?""",
                String.class, key.datasetUri(), key.environmentUri(), key.groupUri(), key.principalId())
                .stream().findFirst();
    }

    @Override
    public void link(String shareUri, ShareRequestKey key) {
        // ON CONFLICT keeps the transaction usable; a key taken by a concurrent request then shows as 0 rows.
        int inserted = jdbc.update("""
                insert into share_request_link (share_uri, dataset_uri, environment_uri, group_uri, principal_id)
                values (?, ?, ?, ?, ?) on conflict do nothing""",
                shareUri, key.datasetUri(), key.environmentUri(), key.groupUri(), key.principalId());
        if (inserted == 0) {
            throw ShareRequestLinks.taken(key);
        }
    }

    @Override
    public void unlink(String shareUri) {
        jdbc.update("delete from share_request_link where share_uri = ?", shareUri);
    }
}

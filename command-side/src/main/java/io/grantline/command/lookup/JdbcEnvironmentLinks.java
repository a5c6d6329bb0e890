package io.grantline.command.lookup;

import io.grantline.api.error.ResourceAlreadyExists;
import org.springframework.jdbc.core.JdbcTemplate;

public class JdbcEnvironmentLinks implements EnvironmentLinks {

    private final JdbcTemplate jdbc;

    public JdbcEnvironmentLinks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void link(String environmentUri, String organizationUri, String awsAccountId, String region,
                     String adminGroup) {
        // ON CONFLICT keeps the transaction usable; a lost race on the unique pair then shows as 0 rows.
        int inserted = jdbc.update("""
                insert into environment_link (environment_uri, organization_uri, aws_account_id, region, admin_group)
                values (?, ?, ?, ?, ?) on conflict do nothing""",
                environmentUri, organizationUri, awsAccountId, region, adminGroup);
        if (inserted == 0) {
            throw new ResourceAlreadyExists("createEnvironment", "Account " + awsAccountId + " in region " + region
                    + " is already linked to an environment");
        }
    }

    @Override
    public void changeAdminGroup(String environmentUri, String adminGroup) {
        jdbc.update("update environment_link set admin_group = ? where environment_uri = ?", adminGroup,
                environmentUri);
    }

    @Override
    public void unlink(String environmentUri) {
        jdbc.update("delete from environment_link where environment_uri = ?", environmentUri);
    }

    @Override
    public int countInOrganization(String organizationUri) {
        return jdbc.queryForObject("select count(*) from environment_link where organization_uri = ?",
                Integer.class, organizationUri);
    }

    @Override
    public int countOwnedByGroup(String organizationUri, String group) {
        return jdbc.queryForObject(
                "select count(*) from environment_link where organization_uri = ? and admin_group = ?",
                Integer.class, organizationUri, group);
    }
}

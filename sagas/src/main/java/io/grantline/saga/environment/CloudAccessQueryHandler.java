package io.grantline.saga.environment;

import io.grantline.api.error.ObjectNotFound;
import io.grantline.api.stack.CloudAccessQueries.ConsoleSignInUrl;
import io.grantline.api.stack.CloudAccessQueries.EnvironmentTeamRole;
import io.grantline.api.stack.CloudAccessQueries.FindEnvironmentTeamRole;
import io.grantline.api.stack.CloudAccessQueries.FindPivotRole;
import io.grantline.api.stack.CloudAccessQueries.IssueConsoleSignInUrl;
import io.grantline.api.stack.CloudAccessQueries.IssueTeamCredentials;
import io.grantline.api.stack.CloudAccessQueries.PivotRoleView;
import io.grantline.api.stack.CloudAccessQueries.TeamCredentials;
import io.grantline.cloud.AccountAccess;
import io.grantline.cloud.CloudSession;
import io.grantline.cloud.PivotRole;
import io.grantline.saga.environment.EnvironmentStackInputs.Team;
import org.axonframework.queryhandling.QueryHandler;

/** Answers what only the cloud knows: the pivot role to trust, and temporary access as an environment team. */
public class CloudAccessQueryHandler {

    private final AccountAccess accountAccess;
    private final PivotRole pivotRole;
    private final EnvironmentHistory history;

    public CloudAccessQueryHandler(AccountAccess accountAccess, PivotRole pivotRole, EnvironmentHistory history) {
        this.accountAccess = accountAccess;
        this.pivotRole = pivotRole;
        this.history = history;
    }

    @QueryHandler
    PivotRoleView handle(FindPivotRole query) {
        return new PivotRoleView(pivotRole.roleName(), pivotRole.externalId(), accountAccess.trustAccount());
    }

    @QueryHandler
    EnvironmentTeamRole handle(FindEnvironmentTeamRole query) {
        EnvironmentStackInputs environment = history.load(query.environmentUri())
                .filter(found -> !found.deleted())
                .orElseThrow(() -> new ObjectNotFound("Environment", query.environmentUri()));
        Team team = environment.team(query.groupUri())
                .orElseThrow(() -> new ObjectNotFound("Team " + query.groupUri() + " in environment",
                        query.environmentUri()));
        return new EnvironmentTeamRole(environment.environmentUri(), team.groupUri(), environment.accountId(),
                environment.region(), team.roleArn());
    }

    @QueryHandler
    TeamCredentials handle(IssueTeamCredentials query) {
        CloudSession session = accountAccess.assumeTeamRole(query.accountId(), query.region(), query.roleArn());
        return new TeamCredentials(session.accessKeyId(), session.secretAccessKey(), session.sessionToken(),
                session.expiration().toString());
    }

    @QueryHandler
    ConsoleSignInUrl handle(IssueConsoleSignInUrl query) {
        return new ConsoleSignInUrl(accountAccess.consoleSignInUrl(query.accountId(), query.region(),
                query.roleArn()));
    }
}

package io.grantline.app.axon;

import io.grantline.cloud.AccessPoints;
import io.grantline.cloud.BucketPolicies;
import io.grantline.cloud.GlueCatalog;
import io.grantline.cloud.GlueSharedDatabases;
import io.grantline.cloud.KeyPolicies;
import io.grantline.cloud.LakeFormation;
import io.grantline.cloud.ManagedPolicies;
import io.grantline.cloud.PivotRole;
import io.grantline.cloud.PrincipalPolicies;
import io.grantline.cloud.ResourceShareInvitations;
import io.grantline.saga.share.ShareHistory;
import io.grantline.saga.share.ShareItemManager;
import io.grantline.saga.share.ShareItemManagers;
import io.grantline.saga.share.ShareLocks;
import io.grantline.saga.share.ShareProcessingPolicy;
import io.grantline.saga.share.manager.BucketShareManager;
import io.grantline.saga.share.manager.FolderShareManager;
import io.grantline.saga.share.manager.TableShareManager;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the share sagas work with: shares read from the event store, the per-dataset locks, how long they wait for
 * a lock, and the share manager of each kind of item on the cloud ports. The sagas themselves are found by
 * component scanning, as the dataset's are.
 */
@Configuration(proxyBeanMethods = false)
public class ShareSagaWiring {

    @Bean
    ShareHistory shareHistory(EventStore eventStore) {
        return new ShareHistory(eventStore);
    }

    @Bean
    ShareProcessingPolicy shareProcessingPolicy(
            @Value("${grantline.cloud.share.lock-wait}") Duration lockWait,
            @Value("${grantline.cloud.share.lock-lease}") Duration lockLease) {
        return new ShareProcessingPolicy(lockWait, lockLease);
    }

    @Bean
    ShareLocks shareLocks(JdbcTemplate jdbc, Clock cloudClock, ShareProcessingPolicy policy) {
        return new ShareLocks(jdbc, cloudClock, policy.lockLease());
    }

    @Bean
    TableShareManager tableShareManager(LakeFormation lakeFormation, GlueSharedDatabases sharedDatabases,
                                        ResourceShareInvitations invitations, GlueCatalog glueCatalog,
                                        PivotRole pivotRole) {
        return new TableShareManager(lakeFormation, sharedDatabases, invitations, glueCatalog, pivotRole);
    }

    @Bean
    FolderShareManager folderShareManager(BucketPolicies bucketPolicies, AccessPoints accessPoints,
                                          ManagedPolicies managedPolicies, PrincipalPolicies principalPolicies,
                                          KeyPolicies keyPolicies, PivotRole pivotRole) {
        return new FolderShareManager(bucketPolicies, accessPoints, managedPolicies, principalPolicies, keyPolicies,
                pivotRole);
    }

    @Bean
    BucketShareManager bucketShareManager(BucketPolicies bucketPolicies, ManagedPolicies managedPolicies,
                                          PrincipalPolicies principalPolicies, KeyPolicies keyPolicies,
                                          PivotRole pivotRole) {
        return new BucketShareManager(bucketPolicies, managedPolicies, principalPolicies, keyPolicies, pivotRole);
    }

    @Bean
    ShareItemManagers shareItemManagers(List<ShareItemManager> managers) {
        return new ShareItemManagers(managers);
    }
}

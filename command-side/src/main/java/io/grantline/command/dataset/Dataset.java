package io.grantline.command.dataset;

import static io.grantline.command.dataset.DatasetInputs.DEFAULT_DESCRIPTION;
import static io.grantline.command.dataset.DatasetInputs.blank;
import static io.grantline.command.dataset.DatasetInputs.blankToNull;
import static io.grantline.command.dataset.DatasetInputs.checkExpiration;
import static io.grantline.command.dataset.DatasetInputs.cleaned;
import static io.grantline.command.dataset.DatasetInputs.confidentialityOf;
import static io.grantline.command.dataset.DatasetInputs.emailOf;
import static io.grantline.command.dataset.DatasetInputs.emailsOf;
import static io.grantline.command.dataset.DatasetInputs.kmsAliasOf;
import static io.grantline.command.dataset.DatasetInputs.labelOf;
import static io.grantline.command.dataset.DatasetInputs.languageOf;
import static io.grantline.command.dataset.DatasetInputs.topicsOf;
import static io.grantline.command.validation.Require.present;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.grantline.api.ResourceUris;
import io.grantline.api.dataset.DatasetCommands.CreateDataset;
import io.grantline.api.dataset.DatasetCommands.DeleteDataset;
import io.grantline.api.dataset.DatasetCommands.RecordDatasetStackStatus;
import io.grantline.api.dataset.DatasetCommands.RedeployDatasetStack;
import io.grantline.api.dataset.DatasetCommands.UpdateDataset;
import io.grantline.api.dataset.DatasetEvents.DatasetCreated;
import io.grantline.api.dataset.DatasetEvents.DatasetDeleted;
import io.grantline.api.dataset.DatasetEvents.DatasetStackDeploymentRequested;
import io.grantline.api.dataset.DatasetEvents.DatasetStackStatusChanged;
import io.grantline.api.dataset.DatasetEvents.DatasetUpdated;
import io.grantline.api.dataset.DatasetResources;
import io.grantline.api.stack.StackNames;
import io.grantline.command.organization.Slugs;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A dataset: an S3 bucket with its KMS key, Glue database, crawler, profiling job and IAM role in an environment,
 * owned by one team. Its parts — tables with their columns and data filters, folders, crawler and profiling runs —
 * live inside it and are named by their own uris. Changes the dataset stack reflects ask for a new deployment.
 */
@Aggregate
public class Dataset {

    static final String DEFAULT_RESOURCE_PREFIX = "dataall";

    @AggregateIdentifier
    private String datasetUri;
    private final DatasetFacts facts = new DatasetFacts();
    @AggregateMember
    private final DatasetTables tables = new DatasetTables(facts);
    @AggregateMember
    private final StorageLocations locations = new StorageLocations(facts);
    @AggregateMember
    private final CrawlerRuns crawlerRuns = new CrawlerRuns(facts);
    @AggregateMember
    private final ProfilingRuns profilingRuns = new ProfilingRuns(facts);
    private String environmentUri;
    private String stackUri;
    private String label;
    private String description;
    private String stewards;
    private List<String> tags;
    private List<String> topics;
    private List<String> terms = List.of();
    private String confidentiality;
    private String language;
    private boolean autoApprovalEnabled;
    private String businessOwnerEmail;
    private List<String> businessOwnerDelegationEmails;
    private boolean enableExpiration;
    private String expirySetting;
    private Integer expiryMinDuration;
    private Integer expiryMaxDuration;
    private String requestedDeploymentId;
    private String reportedDeploymentId;
    private String reportedStackStatus;

    protected Dataset() {
    }

    /**
     * Created (or imported) by {@link DatasetCommandHandler}, which links the bucket once this succeeds. Every input
     * is read before anything is applied, so bad input records nothing.
     */
    Dataset(CreateDataset command) {
        String action = creationAction(command);
        String uri = present(action, "datasetUri", command.datasetUri());
        String environment = present(action, "environmentUri", command.environmentUri());
        String owners = present(action, "SamlAdminGroupName", command.samlAdminGroupName());
        String datasetLabel = labelOf(action, command.label());
        String organization = present(action, "organizationUri", command.organizationUri());
        String account = present(action, "AwsAccountId", command.awsAccountId());
        String datasetRegion = present(action, "region", command.region());
        String environmentAdmins = present(action, "environmentAdminGroup", command.environmentAdminGroup());
        String datasetConfidentiality = confidentialityOf(action, command.confidentiality());
        List<String> datasetTopics = topicsOf(action, command.topics());
        String datasetLanguage = languageOf(action, command.language());
        String ownerEmail = emailOf(action, "businessOwnerEmail", command.businessOwnerEmail());
        List<String> delegationEmails = emailsOf(action, "businessOwnerDelegationEmails",
                command.businessOwnerDelegationEmails());
        boolean expiration = Boolean.TRUE.equals(command.enableExpiration());
        checkExpiration(action, expiration, command.expirySetting(), command.expiryMinDuration(),
                command.expiryMaxDuration());
        String prefix = blank(command.resourcePrefix()) ? DEFAULT_RESOURCE_PREFIX : command.resourcePrefix().trim();
        DatasetResources resources = NewDatasetResources.of(action, prefix, datasetLabel, uri, account,
                command.imported());
        apply(new DatasetCreated(uri, organization, environment, account, datasetRegion, datasetLabel,
                Slugs.of(datasetLabel), command.description() == null ? DEFAULT_DESCRIPTION : command.description(),
                owners, environmentAdmins, command.actor().username(),
                blank(command.stewards()) ? owners : command.stewards().trim(), cleaned(command.tags()),
                datasetTopics, datasetConfidentiality, datasetLanguage,
                Boolean.TRUE.equals(command.autoApprovalEnabled()), ownerEmail, delegationEmails, expiration,
                blank(command.expirySetting()) ? null : command.expirySetting().trim(), command.expiryMinDuration(),
                command.expiryMaxDuration(), command.imported() != null, resources, ResourceUris.next(),
                Instant.now(), StackNames.datasetStackName(prefix, uri)))
                // in a constructor the state is set only once the constructor returns
                .andThenApply(() -> deploymentRequest(command.imported() != null ? "dataset imported"
                        : "dataset created"));
    }

    static String creationAction(CreateDataset command) {
        return command.imported() != null ? "importDataset" : "createDataset";
    }

    /** Null fields stay as they are; previousStewards is always who the stewards were before this update. */
    @CommandHandler
    public void handle(UpdateDataset command) {
        facts.requireLive();
        String action = "updateDataset";
        String newLabel = command.label() == null ? label : labelOf(action, command.label());
        String newConfidentiality = blank(command.confidentiality()) ? confidentiality
                : confidentialityOf(action, command.confidentiality());
        String newLanguage = blank(command.language()) ? language : languageOf(action, command.language());
        List<String> newTopics = command.topics() == null ? topics : topicsOf(action, command.topics());
        String newOwnerEmail = command.businessOwnerEmail() == null ? businessOwnerEmail
                : emailOf(action, "businessOwnerEmail", command.businessOwnerEmail());
        List<String> newDelegationEmails = command.businessOwnerDelegationEmails() == null
                ? businessOwnerDelegationEmails
                : emailsOf(action, "businessOwnerDelegationEmails", command.businessOwnerDelegationEmails());
        boolean newExpiration = command.enableExpiration() == null ? enableExpiration : command.enableExpiration();
        String newSetting = command.expirySetting() == null ? expirySetting : blankToNull(command.expirySetting());
        Integer newMin = command.expiryMinDuration() == null ? expiryMinDuration : command.expiryMinDuration();
        Integer newMax = command.expiryMaxDuration() == null ? expiryMaxDuration : command.expiryMaxDuration();
        checkExpiration(action, newExpiration, newSetting, newMin, newMax);
        String newKmsAlias = kmsAliasAfter(action, command.kmsAlias());
        String newStewards = blank(command.stewards()) ? stewards : command.stewards().trim();
        boolean redeploy = !newStewards.equals(stewards) || !newConfidentiality.equals(confidentiality)
                || !Objects.equals(newKmsAlias, facts.resources().kmsAlias());
        apply(new DatasetUpdated(datasetUri, newLabel,
                command.description() == null ? description : command.description(), newStewards,
                stewards, command.tags() == null ? tags : cleaned(command.tags()), newTopics,
                command.terms() == null ? terms : cleaned(command.terms()), newConfidentiality, newLanguage,
                command.autoApprovalEnabled() == null ? autoApprovalEnabled : command.autoApprovalEnabled(),
                newOwnerEmail, newDelegationEmails, newKmsAlias, newExpiration, newSetting, newMin, newMax,
                Instant.now()));
        if (redeploy) {
            requestDeployment("dataset updated");
        }
    }

    /** Called by {@link DatasetCommandHandler}, which unlinks the bucket once this succeeds. */
    void delete(DeleteDataset command) {
        facts.requireLive();
        apply(new DatasetDeleted(datasetUri, environmentUri, command.deleteFromAws(), facts.resources(),
                Instant.now()));
    }

    String bucketName() {
        return facts.resources().s3BucketName();
    }

    @CommandHandler
    public void handle(RedeployDatasetStack command) {
        facts.requireLive();
        requestDeployment("redeploy requested");
    }

    /**
     * The saga's reports. Those about a deleted dataset, about a deployment a newer request has superseded, or
     * repeating the last one change nothing.
     */
    @CommandHandler
    public void handle(RecordDatasetStackStatus command) {
        if (facts.isDeleted()) {
            return;
        }
        String status = present("recordDatasetStackStatus", "status", command.status());
        boolean stale = !Objects.equals(command.deploymentId(), requestedDeploymentId);
        boolean repeated = Objects.equals(command.deploymentId(), reportedDeploymentId)
                && status.equals(reportedStackStatus);
        if (stale || repeated) {
            return;
        }
        apply(new DatasetStackStatusChanged(datasetUri, stackUri, command.deploymentId(), status, command.stackId(),
                command.outputs() == null ? Map.of() : command.outputs(), command.error(), Instant.now()));
    }

    @EventSourcingHandler
    void on(DatasetCreated event) {
        datasetUri = event.datasetUri();
        facts.created(event.datasetUri(), event.owner(), event.resources());
        environmentUri = event.environmentUri();
        stackUri = event.stackUri();
        label = event.label();
        description = event.description();
        stewards = event.stewards();
        tags = event.tags();
        topics = event.topics();
        confidentiality = event.confidentiality();
        language = event.language();
        autoApprovalEnabled = event.autoApprovalEnabled();
        businessOwnerEmail = event.businessOwnerEmail();
        businessOwnerDelegationEmails = event.businessOwnerDelegationEmails();
        enableExpiration = event.enableExpiration();
        expirySetting = event.expirySetting();
        expiryMinDuration = event.expiryMinDuration();
        expiryMaxDuration = event.expiryMaxDuration();
    }

    @EventSourcingHandler
    void on(DatasetUpdated event) {
        label = event.label();
        description = event.description();
        stewards = event.stewards();
        tags = event.tags();
        topics = event.topics();
        terms = event.terms();
        confidentiality = event.confidentiality();
        language = event.language();
        autoApprovalEnabled = event.autoApprovalEnabled();
        businessOwnerEmail = event.businessOwnerEmail();
        businessOwnerDelegationEmails = event.businessOwnerDelegationEmails();
        enableExpiration = event.enableExpiration();
        expirySetting = event.expirySetting();
        expiryMinDuration = event.expiryMinDuration();
        expiryMaxDuration = event.expiryMaxDuration();
        DatasetResources resources = facts.resources();
        if (resources.importedS3Bucket()) {
            facts.resourcesChanged(new DatasetResources(resources.s3BucketName(), event.kmsAlias(),
                    resources.glueDatabaseName(), resources.iamDatasetAdminRoleName(),
                    resources.iamDatasetAdminRoleArn(), resources.glueCrawlerName(),
                    resources.glueProfilingJobName(), true, event.kmsAlias() != null,
                    resources.importedGlueDatabase(), resources.importedAdminRole()));
        }
    }

    @EventSourcingHandler
    void on(DatasetDeleted event) {
        facts.deleted();
    }

    @EventSourcingHandler
    void on(DatasetStackDeploymentRequested event) {
        requestedDeploymentId = event.deploymentId();
    }

    @EventSourcingHandler
    void on(DatasetStackStatusChanged event) {
        reportedDeploymentId = event.deploymentId();
        reportedStackStatus = event.status();
    }

    /**
     * Only an imported bucket's KMS alias can change: null or data.all's "Undefined" keeps it, blank or "SSE-S3"
     * means the bucket uses S3's own key, anything else names the new alias (whose existence the API edge checks).
     */
    private String kmsAliasAfter(String action, String requested) {
        String current = facts.resources().kmsAlias();
        if (!facts.resources().importedS3Bucket() || requested == null || "Undefined".equals(requested.trim())) {
            return current;
        }
        return NewDatasetResources.sseS3(requested) ? null : kmsAliasOf(action, "KmsAlias", requested);
    }

    private void requestDeployment(String reason) {
        apply(deploymentRequest(reason));
    }

    private DatasetStackDeploymentRequested deploymentRequest(String reason) {
        return new DatasetStackDeploymentRequested(datasetUri, environmentUri, stackUri,
                UUID.randomUUID().toString(), reason, Instant.now());
    }
}

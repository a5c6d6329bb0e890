import { graphql } from '../../gql';

export const SHARES_KEY = ['shares'];

export const shareKey = (shareUri: string) => [...SHARES_KEY, shareUri];

/** What a row of the share lists shows, whether the shares are to or from the caller's teams. */
export const ShareListItem = graphql(`
  fragment ShareListItem on ShareObject {
    shareUri
    status
    created
    owner
    group
    requestPurpose
    dataset { datasetUri datasetName SamlAdminGroupName environmentName }
    principal { principalName principalType SamlGroupName environmentName }
    statistics { sharedItems pendingItems failedItems revokedItems }
  }
`);

export const SharesToMe = graphql(`
  query SharesToMe($filter: ShareObjectFilter) {
    getShareRequestsToMe(filter: $filter) {
      count
      page
      pages
      nodes { ...ShareListItem }
    }
  }
`);

export const SharesFromMe = graphql(`
  query SharesFromMe($filter: ShareObjectFilter) {
    getShareRequestsFromMe(filter: $filter) {
      count
      page
      pages
      nodes { ...ShareListItem }
    }
  }
`);

export const GetShare = graphql(`
  query GetShare($shareUri: String!) {
    getShareObject(shareUri: $shareUri) {
      shareUri
      status
      created
      updated
      owner
      group
      requestPurpose
      rejectPurpose
      extensionReason
      expiryDate
      requestedExpiryDate
      shareExpirationPeriod
      nonExpirable
      submittedForExtension
      lastExtensionDate
      permissions
      userRoleForShareObject
      dataset {
        datasetUri
        datasetName
        SamlAdminGroupName
        environmentName
        AwsAccountId
        region
        enableExpiration
        expirySetting
        exists
      }
      environment { environmentUri label AwsAccountId region }
      principal { principalId principalName principalType principalRoleName SamlGroupName environmentName }
      statistics { sharedItems pendingItems failedItems revokedItems }
      items(filter: { isShared: true, page: 1, pageSize: 100 }) {
        count
        nodes {
          shareItemUri
          itemUri
          itemType
          itemName
          status
          healthStatus
          healthMessage
          lastVerificationTime
        }
      }
    }
  }
`);

export const ShareStatusChanged = graphql(`
  subscription ShareStatusChanged($shareUri: String) {
    shareStatusChanged(shareUri: $shareUri) { shareUri status eventType }
  }
`);

export const ApproveShare = graphql(`
  mutation ApproveShare($shareUri: String!) {
    approveShareObject(shareUri: $shareUri) { shareUri status }
  }
`);

export const RejectShare = graphql(`
  mutation RejectShare($shareUri: String!, $rejectPurpose: String) {
    rejectShareObject(shareUri: $shareUri, rejectPurpose: $rejectPurpose) { shareUri status }
  }
`);

export const SubmitShare = graphql(`
  mutation SubmitShare($shareUri: String!) {
    submitShareObject(shareUri: $shareUri) { shareUri status }
  }
`);

export const RevokeShareItems = graphql(`
  mutation RevokeShareItems($input: ShareItemSelectorInput) {
    revokeItemsShareObject(input: $input) { shareUri status }
  }
`);

export const VerifyShareItems = graphql(`
  mutation VerifyShareItems($input: ShareItemSelectorInput) {
    verifyItemsShareObject(input: $input) { shareUri status }
  }
`);

export const ReapplyShareItems = graphql(`
  mutation ReapplyShareItems($input: ShareItemSelectorInput) {
    reApplyItemsShareObject(input: $input) { shareUri status }
  }
`);

export const RequestShareExtension = graphql(`
  mutation RequestShareExtension($shareUri: String!, $expiration: Int, $extensionReason: String,
                                 $nonExpirable: Boolean) {
    submitShareExtension(shareUri: $shareUri, expiration: $expiration, extensionReason: $extensionReason,
                         nonExpirable: $nonExpirable) { shareUri status }
  }
`);

export const ApproveShareExtension = graphql(`
  mutation ApproveShareExtension($shareUri: String!) {
    approveShareExtension(shareUri: $shareUri) { shareUri status }
  }
`);

export const CancelShareExtension = graphql(`
  mutation CancelShareExtension($shareUri: String!) {
    cancelShareExtension(shareUri: $shareUri)
  }
`);

export const ChangeShareExpiration = graphql(`
  mutation ChangeShareExpiration($shareUri: String!, $expiration: Int, $nonExpirable: Boolean) {
    updateShareExpirationPeriod(shareUri: $shareUri, expiration: $expiration, nonExpirable: $nonExpirable)
  }
`);

export const DeleteShare = graphql(`
  mutation DeleteShare($shareUri: String!) {
    deleteShareObject(shareUri: $shareUri)
  }
`);

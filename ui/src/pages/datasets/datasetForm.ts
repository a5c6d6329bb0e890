import type { ImportDatasetInput, Language, ModifyDatasetInput, NewDatasetInput, Topic } from '../../gql/graphql';

export const TOPICS: Topic[] = ['Customers', 'Energy', 'Finances', 'HumanResources', 'Misc', 'Operations', 'Orders',
  'Products', 'Research', 'Sales', 'Services', 'Sites'];
export const LANGUAGES: Language[] = ['English', 'French', 'German'];
// The API's values (data.all's default confidentiality levels) and share expiration settings.
export const CONFIDENTIALITIES = ['Unclassified', 'Official', 'Secret'];
export const EXPIRY_SETTINGS = ['Monthly', 'Quarterly'];
export const MAX_LABEL = 52;

/** The descriptive fields every dataset form has (create, import, edit). */
export interface DescriptionFieldValues {
  label: string;
  description: string;
  tags: string;
  topics: Topic[];
  confidentiality: string;
  language: Language;
}

/** The governance fields: business owner, stewards, auto-approval and share expiration. */
export interface GovernanceFieldValues {
  businessOwnerEmail: string;
  stewards: string;
  autoApprovalEnabled: boolean;
  enableExpiration: boolean;
  expirySetting: string;
  expiryMinDuration: string;
  expiryMaxDuration: string;
}

/** What the dataset forms edit; the keys of errors are the API's input field names, so both show in one place. */
export interface DatasetFormValues extends DescriptionFieldValues, GovernanceFieldValues {
  environmentUri: string;
  SamlAdminGroupName: string;
}

export interface ImportFormValues extends DatasetFormValues {
  bucketName: string;
  glueDatabaseName: string;
  KmsKeyAlias: string;
  adminRoleName: string;
}

/** The fields the create and import forms show the API's refusals next to; the others go above the form. */
export const DATASET_FORM_FIELDS = ['label', 'environmentUri', 'organizationUri', 'SamlAdminGroupName', 'description',
  'tags', 'topics', 'confidentiality', 'language', 'businessOwnerEmail', 'stewards', 'expirySetting',
  'expiryMinDuration', 'expiryMaxDuration'];

export type FieldErrors = Partial<Record<string, string>>;

export function emptyDatasetForm(team: string): DatasetFormValues {
  return {
    label: '', environmentUri: '', SamlAdminGroupName: team, description: '', tags: '', topics: [],
    confidentiality: 'Unclassified', language: 'English', businessOwnerEmail: '', stewards: '',
    autoApprovalEnabled: false, enableExpiration: false, expirySetting: 'Monthly', expiryMinDuration: '',
    expiryMaxDuration: '',
  };
}

export function emptyImportForm(team: string): ImportFormValues {
  return { ...emptyDatasetForm(team), bucketName: '', glueDatabaseName: '', KmsKeyAlias: '', adminRoleName: '' };
}

/** "a, b ,, c" → ["a", "b", "c"]. */
export function splitList(text: string): string[] {
  return text.split(',').map((item) => item.trim()).filter(Boolean);
}

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s.]+$/;
// S3's rule for bucket names, as the API checks it.
const S3_BUCKET = /^(?!(xn--|.+-s3alias$))(?!.*\.\.)[a-z0-9](?:[a-z0-9.-]{1,61}[a-z0-9])$/;

function positiveWholeNumber(text: string): number | null {
  return /^\d+$/.test(text.trim()) && Number(text) > 0 ? Number(text) : null;
}

type DescriptionValues = Pick<DatasetFormValues, 'label' | 'businessOwnerEmail' | 'enableExpiration'
  | 'expirySetting' | 'expiryMinDuration' | 'expiryMaxDuration'>;

/** The rules the edit form shares with the create and import forms. */
export function validateDescription(values: DescriptionValues): FieldErrors {
  const errors: FieldErrors = {};
  if (!values.label.trim()) {
    errors.label = 'Enter a name';
  } else if (values.label.trim().length > MAX_LABEL) {
    errors.label = `At most ${MAX_LABEL} characters`;
  }
  if (values.businessOwnerEmail.trim() && !EMAIL.test(values.businessOwnerEmail.trim())) {
    errors.businessOwnerEmail = 'Enter an email address';
  }
  if (values.enableExpiration) {
    const minimum = positiveWholeNumber(values.expiryMinDuration);
    const maximum = positiveWholeNumber(values.expiryMaxDuration);
    if (minimum === null) {
      errors.expiryMinDuration = 'Enter a whole number above zero';
    }
    if (maximum === null) {
      errors.expiryMaxDuration = 'Enter a whole number above zero';
    }
    if (minimum !== null && maximum !== null && minimum > maximum) {
      errors.expiryMinDuration = 'At most the maximum';
    }
    if (!values.expirySetting) {
      errors.expirySetting = 'Choose a period';
    }
  }
  return errors;
}

export function validateDataset(values: DatasetFormValues): FieldErrors {
  const errors = validateDescription(values);
  if (!values.environmentUri) {
    errors.environmentUri = 'Choose an environment';
  }
  if (!values.SamlAdminGroupName) {
    errors.SamlAdminGroupName = 'Choose the owning team';
  }
  return errors;
}

export function validateImport(values: ImportFormValues): FieldErrors {
  const errors = validateDataset(values);
  if (!values.bucketName.trim()) {
    errors.bucketName = 'Enter the name of the existing bucket';
  } else if (!S3_BUCKET.test(values.bucketName.trim())) {
    errors.bucketName = '3 to 63 lower-case letters, digits, dots and dashes, starting and ending with a letter or digit';
  }
  return errors;
}

function blankToNull(text: string): string | null {
  return text.trim() ? text.trim() : null;
}

function expirationOf(values: DescriptionValues) {
  return values.enableExpiration
    ? { enableExpiration: true, expirySetting: values.expirySetting,
      expiryMinDuration: Number(values.expiryMinDuration), expiryMaxDuration: Number(values.expiryMaxDuration) }
    : { enableExpiration: false };
}

export function toNewDatasetInput(values: DatasetFormValues, organizationUri: string): NewDatasetInput {
  return {
    label: values.label.trim(),
    environmentUri: values.environmentUri,
    organizationUri,
    SamlAdminGroupName: values.SamlAdminGroupName,
    description: blankToNull(values.description),
    tags: splitList(values.tags),
    topics: values.topics,
    confidentiality: values.confidentiality,
    language: values.language,
    businessOwnerEmail: blankToNull(values.businessOwnerEmail),
    stewards: blankToNull(values.stewards),
    autoApprovalEnabled: values.autoApprovalEnabled,
    ...expirationOf(values),
  };
}

/** An import names existing resources; an empty KMS alias means the bucket is encrypted with SSE-S3. */
export function toImportDatasetInput(values: ImportFormValues, organizationUri: string,
                                     owner: string): ImportDatasetInput {
  return {
    ...toNewDatasetInput(values, organizationUri),
    owner,
    bucketName: values.bucketName.trim(),
    KmsKeyAlias: values.KmsKeyAlias.trim(),
    glueDatabaseName: blankToNull(values.glueDatabaseName),
    adminRoleName: blankToNull(values.adminRoleName),
  };
}

/** What the edit form changes; the KMS alias goes back as it is unless an imported dataset names another key. */
export interface EditDatasetValues extends DescriptionValues {
  description: string;
  tags: string;
  topics: Topic[];
  confidentiality: string;
  language: Language;
  stewards: string;
  autoApprovalEnabled: boolean;
  KmsAlias: string;
  terms: string[];
}

export function toModifyDatasetInput(values: EditDatasetValues): ModifyDatasetInput {
  return {
    label: values.label.trim(),
    description: values.description.trim(),
    tags: splitList(values.tags),
    topics: values.topics,
    confidentiality: values.confidentiality,
    language: values.language,
    stewards: blankToNull(values.stewards),
    autoApprovalEnabled: values.autoApprovalEnabled,
    KmsAlias: values.KmsAlias.trim(),
    terms: values.terms,
    ...(values.businessOwnerEmail.trim() ? { businessOwnerEmail: values.businessOwnerEmail.trim() } : {}),
    ...expirationOf(values),
  };
}

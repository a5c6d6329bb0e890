import { useState } from 'react';
import { useApiMutation } from '../../api/hooks';
import { FormDialog } from '../../components/FormDialog';
import { NodeNameFields } from './NodeNameFields';
import { nodeFormErrors, type GlossaryTreeNode } from './glossaryTree';
import { CreateCategory, CreateTerm, GLOSSARIES_KEY, UpdateCategory, UpdateTerm } from './operations';

const FIELDS = ['label', 'readme'];

/** What the dialog does: add a category or term under a node, or edit a category or term. */
export type NodeFormMode =
  | { action: 'create'; kind: 'Category' | 'Term'; parent: GlossaryTreeNode }
  | { action: 'edit'; node: GlossaryTreeNode };

function kindOf(mode: NodeFormMode): 'Category' | 'Term' {
  return mode.action === 'create' ? mode.kind : mode.node.kind === 'Category' ? 'Category' : 'Term';
}

/** A category's or term's name and description; on success the new or edited node is selected. */
export function NodeFormDialog({ mode, onClose, onSaved }:
                               { mode: NodeFormMode; onClose: () => void; onSaved: (nodeUri: string) => void }) {
  const kind = kindOf(mode);
  const [label, setLabel] = useState(mode.action === 'edit' ? mode.node.label : '');
  const [readme, setReadme] = useState(mode.action === 'edit' ? mode.node.readme : '');
  const [checked, setChecked] = useState(false);
  const saved = (nodeUri: string | null | undefined) => nodeUri && onSaved(nodeUri);
  const options = { invalidates: [GLOSSARIES_KEY] };
  const createCategory = useApiMutation(CreateCategory, { ...options, onSuccess: (r) => saved(r.createCategory?.nodeUri) });
  const createTerm = useApiMutation(CreateTerm, { ...options, onSuccess: (r) => saved(r.createTerm?.nodeUri) });
  const updateCategory = useApiMutation(UpdateCategory, { ...options, onSuccess: (r) => saved(r.updateCategory?.nodeUri) });
  const updateTerm = useApiMutation(UpdateTerm, { ...options, onSuccess: (r) => saved(r.updateTerm?.nodeUri) });
  const saving = mode.action === 'create'
    ? (kind === 'Category' ? createCategory : createTerm)
    : (kind === 'Category' ? updateCategory : updateTerm);
  const errors = checked ? nodeFormErrors({ label }) : {};

  const submit = () => {
    setChecked(true);
    if (nodeFormErrors({ label }).label) {
      return;
    }
    const input = { label: label.trim(), readme };
    if (mode.action === 'create') {
      (kind === 'Category' ? createCategory : createTerm).mutate({ parentUri: mode.parent.nodeUri, input });
    } else {
      (kind === 'Category' ? updateCategory : updateTerm).mutate({ nodeUri: mode.node.nodeUri, input });
    }
  };

  const title = mode.action === 'create'
    ? `Add a ${kind.toLowerCase()} to ${mode.parent.label}` : `Edit the ${kind.toLowerCase()} ${mode.node.label}`;
  return (
    <FormDialog title={title} error={saving.error} formFields={FIELDS}
                submitLabel={mode.action === 'create' ? `Add ${kind.toLowerCase()}` : 'Save'} busy={saving.isPending}
                onSubmit={submit} onClose={onClose}>
      <NodeNameFields label={label} readme={readme} labelProblem={errors.label} error={saving.error}
                      onLabel={setLabel} onReadme={setReadme} />
    </FormDialog>
  );
}

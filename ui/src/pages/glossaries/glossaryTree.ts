export type GlossaryNodeKind = 'Glossary' | 'Category' | 'Term';

/** A node as the tree query answers it (Glossary, Category or Term, told apart by __typename). */
export interface FlatGlossaryNode {
  __typename?: string;
  nodeUri?: string | null;
  parentUri?: string;
  path?: string;
  label?: string;
  readme?: string | null;
  owner?: string;
  status?: string;
  created?: string;
  updated?: string | null;
  stats?: { categories?: number | null; terms?: number | null; associations?: number | null } | null;
}

export interface GlossaryTreeNode {
  kind: GlossaryNodeKind;
  nodeUri: string;
  parentUri: string;
  path: string;
  label: string;
  readme: string;
  owner: string;
  status: string;
  created: string;
  updated: string | null;
  associations: number;
  children: GlossaryTreeNode[];
}

const KIND_ORDER: Record<GlossaryNodeKind, number> = { Glossary: 0, Category: 1, Term: 2 };

function kindOf(typename: string | undefined): GlossaryNodeKind | null {
  return typename === 'Glossary' || typename === 'Category' || typename === 'Term' ? typename : null;
}

function byKindThenLabel(left: GlossaryTreeNode, right: GlossaryTreeNode): number {
  return KIND_ORDER[left.kind] - KIND_ORDER[right.kind] || left.label.localeCompare(right.label);
}

/**
 * The glossary's nodes (the API lists them by path) as a tree: each under its parent, categories before terms,
 * each group by name. Null when the glossary itself is not among them.
 */
export function buildTree(nodes: (FlatGlossaryNode | null | undefined)[], glossaryUri: string): GlossaryTreeNode | null {
  const byUri = new Map<string, GlossaryTreeNode>();
  for (const node of nodes) {
    const kind = kindOf(node?.__typename);
    if (!node || !kind || !node.nodeUri) {
      continue;
    }
    byUri.set(node.nodeUri, {
      kind,
      nodeUri: node.nodeUri,
      parentUri: node.parentUri ?? '',
      path: node.path ?? '',
      label: node.label ?? node.nodeUri,
      readme: node.readme ?? '',
      owner: node.owner ?? '',
      status: node.status ?? '',
      created: node.created ?? '',
      updated: node.updated ?? null,
      associations: node.stats?.associations ?? 0,
      children: [],
    });
  }
  for (const node of byUri.values()) {
    if (node.nodeUri !== glossaryUri) {
      byUri.get(node.parentUri)?.children.push(node);
    }
  }
  for (const node of byUri.values()) {
    node.children.sort(byKindThenLabel);
  }
  return byUri.get(glossaryUri) ?? null;
}

/** The node with this uri in the tree, if any. */
export function findNode(root: GlossaryTreeNode, nodeUri: string): GlossaryTreeNode | null {
  if (root.nodeUri === nodeUri) {
    return root;
  }
  for (const child of root.children) {
    const found = findNode(child, nodeUri);
    if (found) {
      return found;
    }
  }
  return null;
}

/** The uris of the nodes above one, read from its path ("/glossary/category/term"). */
export function ancestorsOf(path: string): string[] {
  return path.split('/').filter(Boolean).slice(0, -1);
}

/** The glossary a node belongs to: the first part of its path. */
export function glossaryUriOf(path: string): string {
  return path.split('/').filter(Boolean)[0] ?? '';
}

/** The form's own checks before anything is sent: a node needs a name. */
export function nodeFormErrors(form: { label: string }): { label?: string } {
  return form.label.trim() ? {} : { label: 'Enter a name' };
}

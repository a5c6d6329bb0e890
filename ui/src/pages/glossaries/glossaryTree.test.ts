import { describe, expect, it } from 'vitest';
import { ancestorsOf, buildTree, findNode, glossaryUriOf, nodeFormErrors } from './glossaryTree';

const nodes = [
  { __typename: 'Glossary', nodeUri: 'g', parentUri: '', path: '/g', label: 'Business' },
  { __typename: 'Term', nodeUri: 't2', parentUri: 'g', path: '/g/t2', label: 'Customer' },
  { __typename: 'Category', nodeUri: 'c', parentUri: 'g', path: '/g/c', label: 'Finance' },
  { __typename: 'Term', nodeUri: 't1', parentUri: 'c', path: '/g/c/t1', label: 'Revenue' },
  { __typename: 'Term', nodeUri: 't0', parentUri: 'c', path: '/g/c/t0', label: 'Margin' },
];

describe('the glossary tree', () => {
  it('puts each node under its parent', () => {
    const tree = buildTree(nodes, 'g');

    expect(tree?.children.map((child) => child.nodeUri)).toEqual(['c', 't2']);
    expect(findNode(tree!, 'c')?.children.map((child) => child.nodeUri)).toEqual(['t0', 't1']);
  });

  it('lists categories before terms, each by name', () => {
    const tree = buildTree([...nodes, { __typename: 'Category', nodeUri: 'a', parentUri: 'g', path: '/g/a', label: 'Accounts' }], 'g');

    expect(tree?.children.map((child) => child.label)).toEqual(['Accounts', 'Finance', 'Customer']);
  });

  it('has no root when the glossary is missing', () => {
    expect(buildTree(nodes.slice(1), 'g')).toBeNull();
  });

  it('skips nodes of an unknown kind', () => {
    const tree = buildTree([...nodes, { __typename: 'Column', nodeUri: 'x', parentUri: 'g', path: '/g/x', label: 'X' }], 'g');

    expect(findNode(tree!, 'x')).toBeNull();
  });

  it('finds the nodes above a node from its path', () => {
    expect(ancestorsOf('/g/c/t1')).toEqual(['g', 'c']);
  });

  it('finds a node\'s glossary from its path', () => {
    expect(glossaryUriOf('/g/c/t1')).toBe('g');
  });

  it('asks for a name before creating a node', () => {
    expect(nodeFormErrors({ label: '  ' })).toEqual({ label: 'Enter a name' });
    expect(nodeFormErrors({ label: 'Revenue' })).toEqual({});
  });
});

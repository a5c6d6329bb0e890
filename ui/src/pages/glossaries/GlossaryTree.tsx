import { useState } from 'react';
import { Box, Collapse, IconButton, List, ListItem, ListItemButton, ListItemText } from '@mui/material';
import { ancestorsOf, type GlossaryTreeNode } from './glossaryTree';

function Chevron({ open }: { open: boolean }) {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" fill="currentColor"
         style={{ transform: open ? 'rotate(90deg)' : undefined, transition: 'transform 150ms' }}>
      <path d="M9 6l6 6-6 6z" />
    </svg>
  );
}

interface TreeProps {
  selectedUri: string;
  expanded: Set<string>;
  onToggle: (nodeUri: string) => void;
  onSelect: (node: GlossaryTreeNode) => void;
}

function TreeItem({ node, depth, ...props }: TreeProps & { node: GlossaryTreeNode; depth: number }) {
  const open = props.expanded.has(node.nodeUri);
  const selected = props.selectedUri === node.nodeUri;
  const hasChildren = node.children.length > 0;
  return (
    <>
      <ListItem disablePadding sx={{ pl: depth * 2 }}>
        {hasChildren ? (
          <IconButton size="small" aria-expanded={open} aria-label={`${open ? 'Collapse' : 'Expand'} ${node.label}`}
                      onClick={() => props.onToggle(node.nodeUri)}>
            <Chevron open={open} />
          </IconButton>
        ) : <Box sx={{ width: 34, flexShrink: 0 }} />}
        <ListItemButton selected={selected} aria-current={selected ? 'true' : undefined}
                        onClick={() => props.onSelect(node)} sx={{ py: 0.25 }}>
          <ListItemText primary={node.label} secondary={node.kind}
                        slotProps={{ primary: { sx: { fontWeight: node.kind === 'Term' ? 400 : 600 } } }} />
        </ListItemButton>
      </ListItem>
      {hasChildren && (
        <Collapse in={open} unmountOnExit>
          <List disablePadding dense>
            {node.children.map((child) => (
              <TreeItem key={child.nodeUri} node={child} depth={depth + 1} {...props} />
            ))}
          </List>
        </Collapse>
      )}
    </>
  );
}

/**
 * The glossary's categories and terms as a nested list: a button per node selects it, and the expand buttons
 * (aria-expanded) open and close categories, all reachable with Tab and Enter.
 */
export function GlossaryTree({ root, selected, onSelect }:
                             { root: GlossaryTreeNode; selected: GlossaryTreeNode; onSelect: (node: GlossaryTreeNode) => void }) {
  const [expanded, setExpanded] = useState(() => new Set([root.nodeUri, ...ancestorsOf(selected.path)]));
  const toggle = (nodeUri: string) => setExpanded((current) => {
    const next = new Set(current);
    if (!next.delete(nodeUri)) {
      next.add(nodeUri);
    }
    return next;
  });
  // a node selected elsewhere (a search result, a new term) shows with the categories above it open
  const [revealed, setRevealed] = useState(selected.nodeUri);
  if (revealed !== selected.nodeUri) {
    setRevealed(selected.nodeUri);
    setExpanded((current) => new Set([...current, ...ancestorsOf(selected.path)]));
  }
  return (
    <List dense aria-label="Categories and terms">
      <TreeItem node={root} depth={0} selectedUri={selected.nodeUri} expanded={expanded} onToggle={toggle}
                onSelect={onSelect} />
    </List>
  );
}

import type { CatalogFacets, CatalogSearchFilter } from '../../gql/graphql';

/** The facet filters of searchCatalog, each the field of CatalogSearchFilter that narrows to that facet's values. */
export type FacetField = 'kinds' | 'tags' | 'topics' | 'terms' | 'classifications' | 'regions' | 'environmentUris'
  | 'ownerTeams';

export type FacetSelection = Partial<Record<FacetField, string[]>>;

export interface FacetGroup {
  /** the group in the result's facets */
  facet: Exclude<keyof CatalogFacets, '__typename'>;
  /** the filter field that narrows to its values */
  field: FacetField;
  title: string;
}

export const FACET_GROUPS: FacetGroup[] = [
  { facet: 'kinds', field: 'kinds', title: 'Kind' },
  { facet: 'ownerTeams', field: 'ownerTeams', title: 'Owner team' },
  { facet: 'environments', field: 'environmentUris', title: 'Environment' },
  { facet: 'topics', field: 'topics', title: 'Topic' },
  { facet: 'tags', field: 'tags', title: 'Tag' },
  { facet: 'terms', field: 'terms', title: 'Glossary term' },
  { facet: 'classifications', field: 'classifications', title: 'Classification' },
  { facet: 'regions', field: 'regions', title: 'Region' },
];

/** Ticks a facet value when it is not selected, unticks it when it is; the other facets stay as they were. */
export function toggleFacet(selection: FacetSelection, field: FacetField, value: string): FacetSelection {
  const current = selection[field] ?? [];
  const next = current.includes(value) ? current.filter((selected) => selected !== value) : [...current, value];
  return { ...selection, [field]: next };
}

/** The filter sent to searchCatalog: a blank term and facets without values are left out. */
export function searchFilter(term: string, selection: FacetSelection, page: number, pageSize: number):
  CatalogSearchFilter {
  const filter: CatalogSearchFilter = { page, pageSize };
  if (term.trim()) {
    filter.term = term.trim();
  }
  for (const [field, values] of Object.entries(selection) as [FacetField, string[]][]) {
    if (values.length) {
      filter[field] = values;
    }
  }
  return filter;
}

const KIND_NAMES: Record<string, string> = { dataset: 'Dataset', table: 'Table', folder: 'Folder' };

/** A kind as readers call it (the catalog's kinds are lower-case identifiers). */
export function kindName(kind: string): string {
  return KIND_NAMES[kind] ?? kind;
}

/** The catalog names environments by URI in its facets; the hits carry their names. */
export function environmentNames(hits: { environmentUri?: string | null; environmentName?: string | null }[]):
  Map<string, string> {
  const names = new Map<string, string>();
  for (const hit of hits) {
    if (hit.environmentUri && hit.environmentName) {
      names.set(hit.environmentUri, hit.environmentName);
    }
  }
  return names;
}

/** The label of a facet value: environment names where known, kind names, else the value itself. */
export function facetValueLabel(field: FacetField, value: string, environments: Map<string, string>): string {
  if (field === 'environmentUris') {
    return environments.get(value) ?? value;
  }
  return field === 'kinds' ? kindName(value) : value;
}

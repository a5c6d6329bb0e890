import { describe, expect, it } from 'vitest';
import { environmentNames, facetValueLabel, kindName, searchFilter, toggleFacet } from './facets';

describe('catalog facets', () => {
  it('ticking a value adds it to its facet', () => {
    expect(toggleFacet({ tags: ['sales'] }, 'tags', 'daily')).toEqual({ tags: ['sales', 'daily'] });
  });

  it('ticking a selected value removes it', () => {
    expect(toggleFacet({ tags: ['sales', 'daily'] }, 'tags', 'sales')).toEqual({ tags: ['daily'] });
  });

  it('ticking a value leaves the other facets alone', () => {
    expect(toggleFacet({ kinds: ['table'] }, 'tags', 'sales')).toEqual({ kinds: ['table'], tags: ['sales'] });
  });

  it('the filter leaves out a blank term and empty facets', () => {
    expect(searchFilter('  ', { tags: [], kinds: ['table'] }, 2, 10)).toEqual({ page: 2, pageSize: 10, kinds: ['table'] });
  });

  it('the filter sends the term trimmed', () => {
    expect(searchFilter(' sales ', {}, 1, 10).term).toBe('sales');
  });

  it('environment values are shown by the name the hits give them', () => {
    const names = environmentNames([{ environmentUri: 'e1', environmentName: 'Production' }, { environmentUri: 'e2' }]);

    expect(facetValueLabel('environmentUris', 'e1', names)).toBe('Production');
    expect(facetValueLabel('environmentUris', 'e2', names)).toBe('e2');
  });

  it('kinds are shown capitalised, unknown kinds as they are', () => {
    expect(kindName('folder')).toBe('Folder');
    expect(kindName('dashboard')).toBe('dashboard');
  });
});

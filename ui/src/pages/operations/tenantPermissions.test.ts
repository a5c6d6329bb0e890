import { describe, expect, it } from 'vitest';
import { samePermissions, withPermission } from './tenantPermissions';

const ORDER = ['MANAGE_ORGANIZATIONS', 'MANAGE_ENVIRONMENTS', 'MANAGE_DATASETS'];

describe('tenant permissions of a team', () => {
  it('gain a permission in the order the API lists them', () => {
    expect(withPermission(['MANAGE_DATASETS'], 'MANAGE_ORGANIZATIONS', true, ORDER))
      .toEqual(['MANAGE_ORGANIZATIONS', 'MANAGE_DATASETS']);
  });

  it('lose a withdrawn permission', () => {
    expect(withPermission(ORDER, 'MANAGE_DATASETS', false, ORDER)).toEqual(['MANAGE_ORGANIZATIONS', 'MANAGE_ENVIRONMENTS']);
  });

  it('hold a permission once however often it is granted', () => {
    expect(withPermission(['MANAGE_DATASETS'], 'MANAGE_DATASETS', true, ORDER)).toEqual(['MANAGE_DATASETS']);
  });

  it('keep a permission the API no longer lists, after the listed ones', () => {
    expect(withPermission(['OLD', 'MANAGE_DATASETS'], 'MANAGE_ORGANIZATIONS', true, ORDER))
      .toEqual(['MANAGE_ORGANIZATIONS', 'MANAGE_DATASETS', 'OLD']);
  });

  it('are unchanged when the same names come in another order', () => {
    expect(samePermissions(['MANAGE_DATASETS', 'MANAGE_ORGANIZATIONS'], ['MANAGE_ORGANIZATIONS', 'MANAGE_DATASETS']))
      .toBe(true);
    expect(samePermissions(['MANAGE_DATASETS'], ['MANAGE_DATASETS', 'MANAGE_ORGANIZATIONS'])).toBe(false);
  });
});

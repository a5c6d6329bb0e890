import { describe, expect, it } from 'vitest';
import { periodName, validateExpiration } from './expiration';

describe('share expiry', () => {
  it('needs a number of periods unless the share never expires', () => {
    expect(validateExpiration('', false)).toBeDefined();
    expect(validateExpiration('', true)).toBeUndefined();
  });

  it('takes whole numbers of periods only', () => {
    expect(validateExpiration('0', false)).toBeDefined();
    expect(validateExpiration('2.5', false)).toBeDefined();
    expect(validateExpiration('6', false)).toBeUndefined();
  });

  it('counts the dataset\'s periods in months or quarters', () => {
    expect(periodName('Monthly')).toBe('months');
    expect(periodName('Quarterly')).toBe('quarters');
    expect(periodName(null)).toBe('periods');
  });
});

import { describe, expect, it } from 'vitest';
import { fromLocalInput, toLocalInput } from './instants';

describe('instants in datetime-local fields', () => {
  it('show an instant in local time to the second', () => {
    expect(toLocalInput('2026-03-01T10:15:30.250Z')).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
  });

  it('go back to the same instant, to the second', () => {
    expect(fromLocalInput(toLocalInput('2026-03-01T10:15:30Z'))).toBe('2026-03-01T10:15:30.000Z');
  });

  it('accept a time without seconds', () => {
    expect(fromLocalInput(toLocalInput('2026-03-01T10:15:00Z').slice(0, 16))).toBe('2026-03-01T10:15:00.000Z');
  });

  it('are not an instant when the field is incomplete', () => {
    expect(fromLocalInput('2026-03-01')).toBeNull();
    expect(fromLocalInput('')).toBeNull();
  });

  it('show nothing for a missing or unreadable instant', () => {
    expect(toLocalInput(null)).toBe('');
    expect(toLocalInput('yesterday')).toBe('');
  });
});

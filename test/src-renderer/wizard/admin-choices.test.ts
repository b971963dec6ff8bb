import { describe, expect, it } from 'vitest';
import { ADMIN_CHANGES, EMPLOYEE_ACTION_LABELS, EMPLOYEE_SURFACE_LABELS, showAdminChoices } from '../../../src-renderer/wizard/admin-choices.js';
import { parseRequestLink } from '../../../src-shared/request-link.js';

const blank = { action: '' as const, surface: '' as const, recentChanges: [] };

describe('admin-only choices', () => {
  it('are left out of an employee\u2019s lists', () => {
    expect(Object.keys(EMPLOYEE_ACTION_LABELS)).not.toEqual(expect.arrayContaining(['api-request']));
    expect(Object.keys(EMPLOYEE_ACTION_LABELS)).toContain('dialing');
    expect(Object.keys(EMPLOYEE_SURFACE_LABELS)).not.toContain('web-portal');
    expect([...ADMIN_CHANGES]).toEqual(expect.arrayContaining(['site-migration', 'api-automation-change']));
    expect(showAdminChoices(blank, null)).toBe(false);
    expect(showAdminChoices(blank, parseRequestLink('zoom-phone-bundle://collect?ticket=T-1&action=dialing'))).toBe(false);
  });
  it('appear when the request link asks an admin, or pre-fills an admin action, or one is already chosen', () => {
    expect(showAdminChoices(blank, parseRequestLink('zoom-phone-bundle://collect?ticket=T-1&admin=1'))).toBe(true);
    expect(showAdminChoices(blank, parseRequestLink('zoom-phone-bundle://collect?ticket=T-1&action=api-request'))).toBe(true);
    expect(showAdminChoices({ ...blank, action: 'edit-phone-user' }, null)).toBe(true);
    expect(showAdminChoices({ ...blank, surface: 'web-portal' }, null)).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { periodsIn } from '../../src/core/facts/retention';
import { clause } from './facts-helpers';

describe('what a retention period is about', () => {
  it.each([
    ['we will keep certain information, such as invoices, which may contain personal information, for the minimum time as required by law.', 'invoices'],
    ['We retain backups for 30 days.', 'backups'],
    ['We keep call recordings for 90 days.', 'call recordings'],
    ['Emails sent to us will be retained for a maximum of 5 years.', 'emails sent to us'],
    ['We will keep your data for 2 years.', undefined],
    ['We keep your personal information for 2 years.', undefined],
    ['We retain some data until you delete your account.', undefined],
  ])('%s → %s', (text, subject) => {
    const [period] = periodsIn(clause(text, ['retention']));
    expect(period).toBeDefined();
    expect(period?.subject).toBe(subject);
  });
});

describe('each period of a list has its own subject', () => {
  it.each([
    ['For example, we keep call records for 2 years, and IP logs for 180 days.', ['call records', 'IP logs']],
    ['We keep account data for 2 years and usage data for 90 days.', ['account data', 'usage data']],
    ['We retain server logs for 30 days, while payment records are kept for 7 years.', ['server logs', 'payment records']],
    // "then" is no second object: both periods are the invoices'.
    ['We keep your invoices for 6 years and then for 30 days in backups.', ['your invoices', 'your invoices']],
  ])('%s → %j', (text, subjects) => {
    expect(periodsIn(clause(text, ['retention'])).map((p) => p.subject)).toEqual(subjects);
  });
});

describe('the periods one clause states', () => {
  it.each([
    ['We will retain your personal information for as long as necessary to fulfill the purposes for which it has been collected.', ['for as long as necessary to fulfill the purposes for which it has been collected']],
    ['We keep logs for 30 days, and backups for 365 days.', ['for 30 days', 'for 365 days']],
    ['We keep your data for as long as necessary and indefinitely in backups.', ['for as long as necessary and indefinitely in backups']],
    ['This information may be held by us while you are using our services and for a period of time afterwards.', ['while you are using our services and for a period of time afterwards']],
    // A phrase that began inside brackets ends where they close.
    ['We use session cookies to keep your login (which last until you close your browser) and other cookies.', ['until you close your browser']],
  ])('%s → %j', (text, phrases) => {
    expect(periodsIn(clause(text, ['retention'])).map((p) => p.phrase)).toEqual(phrases);
  });
});

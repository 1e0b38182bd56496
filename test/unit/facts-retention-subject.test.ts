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

describe('the periods one clause states', () => {
  it.each([
    ['We will retain your personal information for as long as necessary to fulfill the purposes for which it has been collected.', ['for as long as necessary to fulfill the purposes for which it has been collected']],
    ['We keep logs for 30 days, and backups for 365 days.', ['for 30 days', 'for 365 days']],
    ['We keep your data for as long as necessary and indefinitely in backups.', ['for as long as necessary and indefinitely in backups']],
  ])('%s → %j', (text, phrases) => {
    expect(periodsIn(clause(text, ['retention'])).map((p) => p.phrase)).toEqual(phrases);
  });
});

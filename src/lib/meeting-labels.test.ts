import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '@/i18n/languages';
import { INVITEE_STATUSES, KNOWN_PROVIDERS, KNOWN_PURPOSES, statusBadgeClass } from './meeting-labels';

const TIMELINE_KINDS = ['meeting', 'crm-event', 'kyc-check', 'kyc-status', 'kyc-document'];

type Tree = Record<string, unknown>;
const read = (language: string, namespace: string) =>
  JSON.parse(readFileSync(join(__dirname, '..', 'i18n', 'locales', language, `${namespace}.json`), 'utf8')) as Tree;

describe('labels built from lists', () => {
  it.each(LANGUAGES.map((language) => language.code))('%s names every suggested purpose, provider, status and timeline kind', (language) => {
    const meetings = read(language, 'meetings');
    const timeline = read(language, 'timeline');
    expect(Object.keys(meetings.purposes as Tree).sort()).toEqual([...KNOWN_PURPOSES].sort());
    expect(Object.keys(meetings.providers as Tree).sort()).toEqual([...KNOWN_PROVIDERS].sort());
    expect(Object.keys(meetings.statuses as Tree).sort()).toEqual([...INVITEE_STATUSES].sort());
    expect(Object.keys(timeline.filter as Tree).sort()).toEqual([...TIMELINE_KINDS].sort());
    expect(Object.keys(timeline.kind as Tree).sort()).toEqual([...TIMELINE_KINDS].sort());
  });

  it('styles an invitee’s answer, with a neutral style for anything else', () => {
    expect(statusBadgeClass('accepted')).toContain('badge-ok');
    expect(statusBadgeClass('declined')).toContain('badge-danger');
    expect(statusBadgeClass('maybe-later')).toContain('badge-neutral');
  });
});

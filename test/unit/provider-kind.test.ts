import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectProviderKind, kindMentions, siteName } from '../../src/core/provider-kind';
import type { ProviderKind } from '../../src/core/types';
import { referencePlainText, type ReferenceIndexEntry } from '../../src/eval/reference-text';

const index = JSON.parse(readFileSync(new URL('../../data/reference/index.json', import.meta.url), 'utf8')) as ReferenceIndexEntry[];
const entry = (id: string) => index.find((e) => e.id === id)!;
const vendored = (id: string) => referencePlainText(entry(id), readFileSync(new URL(`../../data/reference/${id}.md`, import.meta.url), 'utf8'));
const seed = (id: string) => readFileSync(new URL(`../../src/data/policies/${id}.txt`, import.meta.url), 'utf8');

describe('siteName', () => {
  it.each([
    ['https://privacy.fasthosts.co.uk/policy', 'fasthosts'],
    ['https://www.nordvpn.com/privacy-policy/', 'nordvpn'],
    ['https://mobile.twitter.com/privacy', 'twitter'],
    ['https://www.t-mobile.com/privacy-center', 't-mobile'],
    ['http://127.0.0.1:8080/privacy', null],
    ['http://localhost/privacy', null],
    ['/tmp/policy.txt', null],
    [undefined, null],
  ])('%s → %s', (url, name) => {
    expect(siteName(url)).toBe(name);
  });
});

describe('detectProviderKind', () => {
  // Read first: each names its own service many times (Fasthosts "web hosting", "dedicated
  // servers", "control panel"; Hover "domain names", "registrar", ICANN, WHOIS; Posteo its
  // e-mail service and mailboxes; Distributel DSL, modems and home internet).
  it.each<[string, ProviderKind]>([
    ['fasthosts', 'hosting'],
    ['hover', 'registrar'],
    ['posteo', 'email'],
    ['distributel', 'isp'],
  ])('reads %s as %s from its text alone', (id, kind) => {
    expect(detectProviderKind(vendored(id))).toBe(kind);
  });

  it('says nothing when the text does not say clearly: Verizon is broadband and wireless, i-Image names no service', () => {
    const verizon = kindMentions(vendored('verizon'));
    expect(verizon.get('isp')).toBeGreaterThan(8);
    expect(verizon.get('mobile')).toBeGreaterThan(8);
    expect(detectProviderKind(vendored('verizon'))).toBeNull();
    expect(detectProviderKind(seed('i-image'))).toBeNull();
  });

  it('does not count the internet provider every policy mentions (the one that gave you your IP address)', () => {
    expect(detectProviderKind('We log the IP address your internet service provider assigned. '.repeat(20))).toBeNull();
  });

  it('does not count words inside web or e-mail addresses: a mail link through /cdn-cgi/ names no content delivery network', () => {
    const link = 'Write to [privacy](https://acmevpn.com/cdn-cgi/l/email-protection) or see cdn.acme.com. ';
    const text = 'Our VPN service keeps no logs of your VPN connection. '.repeat(10) + link.repeat(20);
    expect(kindMentions(text).get('cloud')).toBe(0);
    expect(detectProviderKind(text)).toBe('vpn');
    // The same words in prose count.
    expect(kindMentions('We use a content delivery network (CDN) to serve images.').get('cloud')).toBe(2);
  });

  it('trusts the site name when one kind is in it, before the text', () => {
    expect(detectProviderKind('', 'https://nordvpn.com/privacy-policy/')).toBe('vpn');
    expect(detectProviderKind('', entry('nordvpn').policy_url)).toBeNull(); // my.nordaccount.com
    expect(detectProviderKind(vendored('cloudflare'), entry('cloudflare').policy_url)).toBe('cloud');
    expect(detectProviderKind(vendored('t-mobile-us'), entry('t-mobile-us').policy_url)).toBe('mobile');
    expect(detectProviderKind(vendored('fasthosts'), 'http://127.0.0.1:4000/privacy')).toBe('hosting');
  });

  it('ignores a subdomain and needs a clear lead in the text', () => {
    expect(detectProviderKind('', 'https://mobile.example.com/privacy')).toBeNull();
    expect(detectProviderKind('Our VPN service. '.repeat(3))).toBeNull();
    expect(detectProviderKind('Our VPN service and our web hosting. '.repeat(10))).toBeNull();
    expect(detectProviderKind('Our VPN service. '.repeat(10))).toBe('vpn');
  });

  it('reads only the first 200 000 characters, where a policy says what it is about', () => {
    expect(detectProviderKind(`${'x '.repeat(100_000)}${'Our VPN service. '.repeat(10)}`)).toBeNull();
  });
});

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { classifyClauses } from '../../src/core/classify';
import { extractPolicy } from '../../src/core/extract';
import { detectLanguage, looksLikePolicy } from '../../src/core/language';
import { segmentClauses } from '../../src/core/segment';
import type { ClassifiedClause } from '../../src/core/types';
import { parseHtml } from '../../src/node/parse-html';

const read = (path: string) => readFileSync(fileURLToPath(new URL(`../../${path}`, import.meta.url)), 'utf8');

function reading(kind: 'html' | 'text', path: string): { text: string; clauses: ClassifiedClause[] } {
  const { text } = extractPolicy({ kind, content: read(path) }, parseHtml);
  return { text, clauses: classifyClauses(segmentClauses(text)) };
}

describe('detectLanguage', () => {
  it.each([
    ['en', 'We collect your name and email address when you sign up for our services, and we do not sell it to anyone.'],
    ['de', 'Wir erheben Ihren Namen und Ihre Anschrift, wenn Sie einen Vertrag mit uns abschließen, und geben die Daten nicht an Dritte weiter.'],
    ['fr', 'Nous collectons vos données personnelles pour fournir le service et nous ne les vendons pas à des tiers.'],
    ['es', 'Recopilamos sus datos personales para prestar el servicio y no los vendemos a terceros sin su consentimiento.'],
    ['pt', 'Recolhemos os seus dados pessoais para prestar o serviço e não os vendemos a terceiros sem o seu consentimento.'],
    ['it', 'Raccogliamo i tuoi dati personali per fornire il servizio e non li vendiamo a terzi senza il tuo consenso.'],
    ['nl', 'Wij verzamelen uw persoonsgegevens om de dienst te leveren en verkopen deze niet aan derden zonder uw toestemming.'],
    ['af', 'Ons versamel jou persoonlike inligting om die diens te lewer en ons verkoop dit nie aan derde partye nie.'],
    ['ru', 'Мы собираем ваши персональные данные только для оказания услуг и не передаём их третьим лицам.'],
    ['uk', 'Ми збираємо ваші персональні дані лише для надання послуг і не передаємо їх третім особам.'],
    ['zh', '我们仅为提供服务而收集您的个人信息，不会出售给第三方。'],
    ['ja', '当社はサービスを提供するためにのみお客様の個人情報を収集し、第三者に販売することはありません。'],
    ['ko', '당사는 서비스 제공을 위해서만 개인정보를 수집하며 제3자에게 판매하지 않습니다.'],
    ['ar', 'نحن نجمع بياناتك الشخصية فقط لتقديم الخدمة ولا نبيعها لأطراف ثالثة.'],
    ['el', 'Συλλέγουμε τα προσωπικά σας δεδομένα μόνο για την παροχή της υπηρεσίας.'],
    ['he', 'אנו אוספים את המידע האישי שלך רק לצורך מתן השירות ואיננו מוכרים אותו.'],
    ['unknown', ''],
    ['unknown', '12345 67890 +27 (0) 86 111 1101'],
    ['unknown', 'xkcd qwrt zzpl mmnb vvcx trkp'],
  ])('%s: %s', (expected, text) => {
    expect(detectLanguage(text)).toBe(expected);
  });

  it.each([
    ['en', 'text', 'src/data/policies/imagine-ftth.txt'],
    ['en', 'html', 'test/fixtures/pages/privacy.html'],
    ['de', 'html', 'test/fixtures/pages/german-policy.html'],
  ] as const)('%s for %s %s', (expected, kind, path) => {
    expect(detectLanguage(reading(kind, path).text)).toBe(expected);
  });

  it('reads a long bilingual page that holds the whole English policy as English', () => {
    const english = 'We collect your name and address to open your account, and we share it with our service providers. ';
    const french = 'Nous recueillons vos renseignements personnels pour ouvrir votre compte et nous les partageons avec nos fournisseurs. ';
    // The English policy beside its longer French version, either first: two fifths of the page are English.
    expect(detectLanguage(`${english.repeat(200)}\n${french.repeat(260)}`)).toBe('en');
    expect(detectLanguage(`${french.repeat(260)}\n${english.repeat(200)}`)).toBe('en');
    // Guards: a French page with an English cookie table a tenth as long is French; so is one all in French.
    expect(detectLanguage(`${french.repeat(450)}\n${english.repeat(45)}`)).toBe('fr');
    expect(detectLanguage(french.repeat(450))).toBe('fr');
  });

  it('goes by the majority when a policy quotes another language', () => {
    const text = `${'We collect your data and share it with our partners. '.repeat(50)}Wir erheben Ihre Daten und geben sie nicht weiter.`;
    expect(detectLanguage(text)).toBe('en');
  });
});

describe('looksLikePolicy', () => {
  it.each([
    ['imaginet', 'text', 'src/data/policies/imaginet.txt', true],
    ['imagine-ftth (terms)', 'text', 'src/data/policies/imagine-ftth.txt', true],
    ['imqs', 'text', 'src/data/policies/imqs.txt', true],
    ['i-image', 'text', 'src/data/policies/i-image.txt', true],
    ['ixanet', 'text', 'src/data/policies/ixanet.txt', true],
    ['privacy.html', 'html', 'test/fixtures/pages/privacy.html', true],
    ['terms.html', 'html', 'test/fixtures/pages/terms.html', true],
    ['german-policy.html', 'html', 'test/fixtures/pages/german-policy.html', true],
    ['a frame part of a policy', 'html', 'test/fixtures/pages/iframe-policy-part1.html', true],
    ['news article', 'html', 'test/fixtures/pages/not-a-policy.html', false],
    ['product home page', 'html', 'test/fixtures/pages/home.html', false],
  ] as const)('%s: %s', (_name, kind, path, expected) => {
    const { text, clauses } = reading(kind, path);
    expect(looksLikePolicy(text, clauses)).toBe(expected);
  });

  it.each([
    ['a recipe', 'Preheat the oven to 180 degrees. Mix the flour and the sugar. Bake for twenty minutes and let it cool.'],
    ['a legal hub page listing policies', 'Legal\n\nPrivacy Policy\nTerms of Service\nCookie Policy\nPersonal Data Requests\nContact us'],
    ['a news story about privacy', 'The minister spoke about privacy at the conference. Delegates asked about data. The event ended at noon.'],
  ])('false for %s', (_name, text) => {
    expect(looksLikePolicy(text, classifyClauses(segmentClauses(text)))).toBe(false);
  });
});

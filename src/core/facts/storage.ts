// storage_location: where the policy says data is stored.
import { listInWords } from '../../present/words';
import type { ClassifiedClause, StorageLocation } from '../types';
import { isBareItem, labelled, notStated, stated } from './clauses';
import { defineFact, type FactInput } from './definition';
import { namesAPlace, placesIn } from './places';
import { cameFromElsewhere, keptInsideButForExceptions, staysIn } from './transfer';
import { COMPANY_SUFFIX } from '../vocabulary/parties';
import { anyTerm, PLACE_TERMS } from './lexicon';

/** Words that place data (not an Airbnb "Host", a person): not where recipients or the company are ("recipients located outside the UK", "a United States company, located in Denver", "Acme is located at 3 Main Street") nor a procedure ("a self-certification process"). */
const STORES = new RegExp(
  String.raw`\b(?:stor\w+|host(?:ed|ing)|hosts?\s+(?:your|our|the|all|its|their|data|information|it|them)|holds?|held|(?<!\b(?:recipients?|part(?:y|ies)|providers?|compan(?:y|ies)|corporations?|businesses|individuals?|affiliates?|entit(?:y|ies)|organi[sz]ations?|partners?|vendors?|processors?|offices?|headquarters|users?|visitors?|customers?|clients?|members?|subscribers?|advertisers?|publishers?|${COMPANY_SUFFIX}|we|you),? (?:(?:may|might|could|can|will|would)(?: also)? be |are |is |'re |’re )?)(?<!\b(?:that|which|whom?) (?:(?:may|might|could|can|will|would)(?: also)? be|is|are) (?:not )?)located(?!\s+at\b)|servers?|data cent(?:re|er)s?|(?:primary|data|processing|hosting|storage|server|computing) facilit(?:y|ies)|(?<!\b(?:a|the|this|certification|complaints?|review|verification|legal|voluntary) )(?:process(?:es|ed)|process(?!\s+(?:in|at|for|of)\b))|use (?:your|the|such|this) (?:personal )?(?:information|data)(?= in\b))\b`,
  'i',
);

/** The clause's only word that places data is "located". */
const onlyLocated = (c: ClassifiedClause) => !STORES.test(c.text.replace(/\blocated\b/gi, ' '));

/** "Some of the partners and service providers referred to in this policy are located outside of the European Union", "transferred to countries located outside": where others are, further from the verb than STORES looks. */
const OTHERS_LOCATED =
  /\b(?:recipients?|part(?:y|ies)|providers?|compan(?:y|ies)|partners?|vendors?|processors?|affiliates?|countries|businesses|entit(?:y|ies)|organi[sz]ations?)\b(?:(?!\b(?:data|information|servers?)\b)[^.;]){0,60}\blocated\b/i;
const onlyWhereOthersAre = (c: ClassifiedClause) => onlyLocated(c) && OTHERS_LOCATED.test(c.text);

/** "Stored on Siber servers in the data center located in USA", "all data processing takes place in the U.S.": says where data is, whatever the clause's labels. */
const KEPT_ON_SERVERS =
  /\b(?:stor(?:ed|es|ing)|host(?:ed|s|ing)|kept|process(?:ed|ing))\b[^.;]{0,60}\b(?:servers?|data cent(?:re|er)s?)\b|\b(?:servers?|data cent(?:re|er)s?) (?:are |is )?(?:located|based|hosted) in\b|\bprocessing (?:\w+ ){0,4}(?:takes|will take) (?:place|part) in\b/i;

/** "(Hetzner Online GmbH, Industriestr. 25, 91710 Gunzenhausen, Germany)", "CrossEngage GmbH (Gontardstr. 11, 10178 Berlin, Germany)": a company's address in parentheses, which is not where data is. */
const COMPANY_IN_PARENTHESES = new RegExp(String.raw`\([^()]*\b${COMPANY_SUFFIX}(?=[\s,)])[^()]*\)|\b${COMPANY_SUFFIX}\s*\([^()]*\)`, 'g');
/** "transferred to eyeo GmbH, Germany, and processed": where the company is, after its name. */
const COMPANY_THEN_PLACE = new RegExp(String.raw`(?<=\b${COMPANY_SUFFIX}),\s*[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}`, 'g');
const withoutCompanyAddresses = (text: string) => text.replace(COMPANY_IN_PARENTHESES, ' ').replace(COMPANY_THEN_PLACE, ' ');
/** "in India", "outside of Australia": up to the next "or"/"and", which may name another place or go on to something else ("or held on servers located …"). */
const A_PLACE = String.raw`(?:in|within|inside|outside(?:\s+of)?)\s+(?:(?!\s(?:or|and)\s)[^.;,]){1,40}`;
/** "transfer your information … to any other entity or organization located in India or outside India": where the recipients are. */
const WHERE_OTHERS_ARE = new RegExp(
  String.raw`\bto (?:[\w-]+ ){0,4}(?:recipients?|part(?:y|ies)|compan(?:y|ies)|partners?|affiliates?|entit(?:y|ies)|organi[sz]ations?|businesses)\b(?:(?!\b(?:data|information|servers?)\b)[^.;]){0,40}\blocated\s+${A_PLACE}(?:\s+(?:or|and)\s+${A_PLACE})*`,
  'gi',
);
const placesWhereDataIs = (text: string) => placesIn(withoutCompanyAddresses(text).replace(WHERE_OTHERS_ARE, ' '));

/** The place must follow the servers closely: a menu's "Data Centres" after a list of phone numbers by country places nothing. */
function namesWhereServersAre(c: ClassifiedClause): boolean {
  const text = withoutCompanyAddresses(c.text);
  const servers = c.negated ? null : KEPT_ON_SERVERS.exec(text);
  return servers !== null && namesAPlace(placesIn(text.slice(servers.index, servers.index + servers[0].length + 80)));
}

/** "The locations of servers for the services include:", "Our servers are located in:": a line that lists where data is kept. */
const LISTS_SERVER_PLACES = /\b(?:locations? of (?:our |the )?(?:servers|data cent(?:re|er)s)|(?:servers|data cent(?:re|er)s) (?:are |is )?(?:located|based|hosted) in)\b[^.]*:\s*$/i;

/** The places of the short items right under such a line ("(1) the United States,", "(2) Hong Kong;"), with the line and its items. */
function listedServerPlaces(clauses: ClassifiedClause[]): { places: string[]; sources: ClassifiedClause[] } | undefined {
  const at = clauses.findIndex((c) => !c.negated && LISTS_SERVER_PLACES.test(c.text));
  if (at < 0) return undefined;
  const items: ClassifiedClause[] = [];
  const places = new Set<string>();
  for (const c of clauses.slice(at + 1)) {
    const named = isBareItem(c.text) ? placesIn(c.text).places : [];
    if (named.length === 0) break;
    items.push(c);
    named.forEach((p) => places.add(p));
  }
  return places.size ? { places: [...places], sources: [clauses[at]!, ...items] } : undefined;
}

const sameWhere = (a: StorageLocation, b: StorageLocation) => a.places.join() === b.places.join() && a.outside.join() === b.outside.join();

/** Where a clause says data is: "does not store data outside of Canada" keeps it in Canada, also when exceptions follow elsewhere ("Except as stated in 9.5, …"). */
function locatedIn(c: ClassifiedClause): StorageLocation {
  const { places, outside } = placesWhereDataIs(c.text);
  return staysIn(c) || keptInsideButForExceptions(c) ? { places: [...places, ...outside], outside: [] } : { places, outside };
}

/** "If you are outside the U.S., we will transfer your personal information into the U.S.": the person is elsewhere, and the data goes to one place. */
const PERSON_ELSEWHERE = /\b(?:you(?: are|'re| live| reside)?|users?|individuals|visitors|customers)\b[^.]{0,40}\boutside\b|\bcollected in your country\b/i;
const TRANSFERRED_TO = /\b(?:transferr?(?:ed|ing|s)?|sent|moved)\s+(?:(?:your|the|this|such)\s+(?:personal\s+)?(?:data|information)\s+)?(?:to|into)\s+/gi;
/** The one place the person's data is transferred to, when the clause says the person is elsewhere. */
/** "By using the Services, you are transmitting information to Acme in the United States": the person sends the data to one place. */
const YOU_SEND_IT = /\byou (?:are )?(?:transmitting|sending|transferring|submitting) (?:your )?(?:personal )?(?:information|data) to\b/i;

function whereDataIsBrought(c: ClassifiedClause): StorageLocation | undefined {
  if (c.negated) return undefined;
  const sent = YOU_SEND_IT.exec(c.text);
  if (sent) {
    const { places } = placesIn(c.text.slice(sent.index + sent[0].length, sent.index + sent[0].length + 80));
    if (places.length === 1) return { places, outside: [] };
  }
  if (!PERSON_ELSEWHERE.test(c.text)) return undefined;
  for (const m of c.text.matchAll(TRANSFERRED_TO)) {
    const { places } = placesIn(c.text.slice(m.index + m[0].length, m.index + m[0].length + 40));
    if (places.length === 1) return { places, outside: [] };
  }
  return undefined;
}

/** "As an example, if you are located in Canada and your transaction is processed by a payment gateway located in the United States, …": a case imagined, not where data is. */
const IMAGINED_CASE = /\b(?:for example|as an example|for instance),?\s+(?:if|when|suppose|say)\b/i;

/** The places named in the first transfer clause about where data is stored or processed (affirmed, or said to stay there) that names a place, else in the first such clause. */
export function storageLocation({ clauses }: FactInput) {
  // A clause saying data stays in a place needs no word for storing ("your data will remain within the EU").
  const about = labelled(clauses, 'transfer').filter(
    (c) => (STORES.test(c.text) && !c.negated && !IMAGINED_CASE.test(c.text) && !onlyWhereOthersAre(c) && namesAPlace(placesWhereDataIs(c.text))) || staysIn(c),
  );
  // "stored outside the EU" then "transferred to and processed in the United States": the place named beats the place ruled out.
  const located = new Map(about.map((c) => [c, locatedIn(c)]));
  // "Data is stored in the United States" beats an earlier "service providers … located inside or outside of the EU":
  // "located" alone often says where recipients are.
  const placed = about.filter((c) => located.get(c)!.places.length > 0);
  const first = placed.find((c) => !onlyLocated(c)) ?? placed[0] ?? about[0] ?? clauses.find(namesWhereServersAre);
  const received = clauses.find(cameFromElsewhere);
  if (!first && received) return stated({ places: placesIn(received.text).places.slice(0, 1), outside: [] }, [received]);
  for (const c of first ? [] : labelled(clauses, 'transfer')) {
    const where = whereDataIsBrought(c);
    if (where) return stated(where, [c]);
  }
  const listed = first ? undefined : listedServerPlaces(clauses);
  if (listed) return stated({ places: listed.places, outside: [] }, listed.sources);
  if (!first) return notStated<StorageLocation>();
  const where = located.get(first) ?? locatedIn(first);
  // A clause that only puts servers in a place is its own evidence.
  return stated(where, located.has(first) ? about.filter((c) => sameWhere(located.get(c)!, where)) : [first]);
}

/** "Ireland and Germany", "outside the EEA", "Canada and outside the EU". */
export function placesInWords({ places, outside }: StorageLocation): string {
  return listInWords([...places, ...outside.map((p) => `outside ${p}`)]);
}

/** ", and may be stored outside the EU and the EEA": places ruled out, after the places named. */
const mayAlsoBe = ({ outside }: StorageLocation) => (outside.length > 0 ? `, and may be stored outside ${listInWords(outside)}` : '');

export const storage = defineFact<'storage_location'>({
  key: 'storage_location',
  label: 'Storage location',
  // Where data is kept, or the place named: "processed at our offices in … Italy", "on the territory of the Russian Federation".
  cue: new RegExp(String.raw`\b(?:stor(?:e|es|ed|ing|age)|servers?|host\w*|data ?cent(?:er|re)s?|located|reside\w*|process(?:ed|es)? in)\b|${anyTerm(PLACE_TERMS).source}`, 'i'),
  extract: storageLocation,
  weight: 5,
  category: 'transfer',
  unknown: 'Does not say where your data is stored',
  judge: (where) =>
    where.places.length > 0
      ? { fraction: 1, reason: `Says your data is stored in ${listInWords(where.places)}${mayAlsoBe(where)}` }
      : { fraction: 0, reason: `Says only that your data may be stored outside ${listInWords(where.outside)}` },
  phrase: (where) => (where.places.length > 0 ? 'names where data is stored' : 'says only that data may be stored abroad'),
  cell: placesInWords,
});

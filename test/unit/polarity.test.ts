import { describe, expect, it } from 'vitest';
import { polarityOf, type Polarity } from '../../src/core/statements/polarity';

const SELL = /(?<![-\w])(?:re-?)?(?:sell|sells|selling|sold|sale|rent)\b/i;

describe('polarityOf: a denial reaches the verb it stands before', () => {
  it.each<[string, RegExp, Polarity | undefined]>([
    ['We sell your data to advertisers.', SELL, 'affirmed'],
    ["We don't rent or sell personal information.", SELL, 'denied'],
    ['We do not share, sell, rent or trade your data.', SELL, 'denied'],
    ['Acme does not resell your data.', SELL, 'denied'],
    ['We have not disclosed and/or sold personal information in the preceding 12 months.', SELL, 'denied'],
    // An aside in brackets, and "data" before the verb's noun, stay inside the denial.
    ['We do not (and will never) sell any of the data our users submit.', SELL, 'denied'],
    ['We will never engage in any data selling activities.', SELL, 'denied'],
    ['We are not in the business of selling your data.', SELL, 'denied'],
    ['We fund development by selling storage, not by selling data.', /\bselling data\b/i, 'denied'],
    ['Acme does not itself collect or store identification documents.', /\bcollect\b/i, 'denied'],
    // Not even trying: "will not attempt to obtain", "do not try to identify".
    ['Acme will not attempt to obtain your location through a device or application.', /\bobtain\b/i, 'denied'],
    ['We attempt to obtain your consent first.', /\bobtain\b/i, 'affirmed'],
    // Not even wanting to: "don’t want to gather".
    ['We generally don’t want to gather any sensitive information about you.', /\bgather\b/i, 'denied'],
    ['We want to collect only what we need.', /\bcollect\b/i, 'affirmed'],
    // The person's not wanting it denies nothing the operator does.
    ['Please do not send us your information if you do not want it to be transferred to or stored outside the EEA.', /\btransferred\b/i, 'affirmed'],
    ['Should you not wish us to share your data with partners, you can opt out.', /\bshare\b/i, 'affirmed'],
    ['If you don’t want us to sell your data, tell us.', /\bsell\b/i, 'affirmed'],
    // Not able to: the practice does not happen.
    ['We are not able to share your browsing activity with anyone.', /\bshare\b/i, 'denied'],
    // The way to do it withheld: "do not offer you the option to … limit".
    ['We do not offer you the option to opt out or to limit the use of your data.', /\blimit\b/i, 'denied'],
    ['There is no ability to delete a posted review.', /\bdelete\b/i, 'denied'],
    ['There is no technical ability to delete data from their devices.', /\bdelete\b/i, 'denied'],
    ['Acme does not sell data, nor do we have actual knowledge of any sale of data of minors.', /\bsale\b/i, 'denied'],
    // "never will", and an aside between dashes, stay inside the denial.
    ['Acme never has and never will sell your personal information.', /\bsell\b/i, 'denied'],
    ['Furthermore, we don’t—and never will—sell or share any data about your browsing habits.', /\bsell\b/i, 'denied'],
    ['We do not - and will not - sell your data.', /\bsell\b/i, 'denied'],
    ['We will sell your data - not your name - to partners.', /\bsell\b/i, 'affirmed'],
    ['We offer you the option to limit the use of your data.', /\blimit\b/i, 'affirmed'],
    ['We are unable to see the contents of your messages.', /\bsee\b/i, 'denied'],
    ['We are able to share your data with partners.', /\bshare\b/i, 'affirmed'],
    // No plans or intention to: a denial; a plan to is not.
    ['We do not, have not and do not have any future plans to sell your personal information.', SELL, 'denied'],
    ['We have no intention of selling your data.', SELL, 'denied'],
    ['We plan to sell your data.', SELL, 'affirmed'],
    // A second denial joined by ", and we do not" keeps its exceptions to itself.
    ['We do not store IP addresses, and we do not use any such data for anything other than providing the service.', /\bstore\b/i, 'denied'],
    ['We do not store IP addresses, and we do not use any such data for anything other than providing the service.', /\buse\b/i, 'conditional'],
    ['We do not sell your data except to partners, and we do not share it.', SELL, 'conditional'],
    ['There will be no sale of data.', SELL, 'denied'],
    ['No commercial sale of data', SELL, 'denied'],
    ['We do not engage in the sale of personal information.', SELL, 'denied'],
    ['For purposes of the CCPA, Acme does not "sell" your personal data.', SELL, 'denied'],
    ['Acme does not “sell” personal information as those terms are defined under state laws.', SELL, 'denied'],
    ['Under these laws we may “sell” your personal information.', SELL, 'affirmed'],
    // The second of two quoted verbs, and a sale the operator denies knowing of.
    ['While we use these cookies, we do not "sell" or "share" data for cross-context behavioral advertising.', /\bshare\b/i, 'denied'],
    // … in single curly quotes too; the users’ possessive is no quote.
    ['We currently do not ‘sell’ or ‘share’ your personal information for targeted advertising.', /\bshare\b/i, 'denied'],
    ['We do not track users’ visits, but we ‘share’ your personal information with advertisers.', /\bshare\b/i, 'affirmed'],
    ['We do not have actual knowledge that we “sell” the personal information of consumers under 16.', SELL, 'denied'],
    ['We are not aware that Acme has sold any data.', SELL, 'denied'],
    ['We know that we sell data.', SELL, 'affirmed'],
    ['There is no doubt that we sell data.', SELL, 'affirmed'],
    ['At no time do we sell your personal information.', SELL, 'denied'],
    // A denial through what the practice is called: "not considered to be “selling”", "not deemed a sale".
    ['This is not considered to be “selling” of your personal information.', /\bselling\b/i, 'denied'],
    ['This is not deemed a sale of your data.', /\bsale\b/i, 'denied'],
    ['This is considered to be selling of your personal information.', /\bselling\b/i, 'affirmed'],
    ['Neither we nor our partners sell your personal information.', SELL, 'denied'],
    // "No third parties", "no one else" at the head deny what follows.
    ['No third parties see and/or have access to any personal user information.', /\baccess\b/i, 'denied'],
    ['No one else can sell your data.', SELL, 'denied'],
    ['We will never, under any circumstances, sell your data.', SELL, 'denied'],
    ['We do not knowingly collect data from children.', /\bcollect\b/i, 'denied'],
    ['We keep no logs of your browsing.', /\bkeep\b/i, 'denied'],
    ['No personal information is collected.', /\bcollected\b/i, 'denied'],
    ['No personal info, account name or watch history is collected or saved.', /\bcollected\b/i, 'denied'],
    ['Personal info you enter is collected.', /\bcollected\b/i, 'affirmed'],
    // "No cookies" at the head denies as "no data" does; a "no" inside an if-clause denies nothing the main clause does.
    ['No cookies are used and no personal data is stored.', /\bused\b/i, 'denied'],
    ['No tracking cookies or analytics are used on this site.', /\bused\b/i, 'denied'],
    ['If no cookies are set, we use your IP address.', /\buse\b/i, 'affirmed'],
    ['Where no information is given, we collect your location.', /\bcollect\b/i, 'affirmed'],
    // Kept on the person's own device and never sent: the operator does not hold it. Stored on the device alone says nothing.
    ['Your name and messages are stored and processed locally on your device and never sent to us.', /\bstored\b/i, 'denied'],
    ['Your diary is kept only on your phone and does not leave it.', /\bkept\b/i, 'denied'],
    ['Cookies are small files stored on your device.', /\bstored\b/i, 'affirmed'],
    // A way back in turns a denial into a condition, which promises nothing.
    ['We never sell or rent your personal data, except to our marketing partners.', SELL, 'conditional'],
    ['We will not rent or sell your information without your consent, except as noted.', SELL, 'conditional'],
    ['We will not sell your data (unless you ask us to).', SELL, 'conditional'],
    ['No personal information is collected without consent.', /\bcollected\b/i, 'conditional'],
    ['We will not keep your data longer than necessary.', /\bkeep\b/i, 'conditional'],
    ['Data is not transferred outside the EEA without adequate safeguards.', /\btransferred\b/i, 'conditional'],
    // "nor" opens a second denial: the exception after it belongs to that one.
    ['We never sell your data to anyone, nor use it for purposes other than those listed here.', SELL, 'denied'],
    ['We do not sell your data unless you agree, nor share it.', SELL, 'conditional'],
    ['We do not permit our service providers to sell any personal information we share with them.', SELL, 'denied'],
    ['We allow our partners to sell advertising space.', SELL, 'affirmed'],
    ['The Directive prohibits companies transferring data to countries with weaker laws.', /\btransferring\b/i, 'denied'],
    ['Hotjar is contractually forbidden to sell any of the data collected on our behalf.', SELL, 'denied'],
    ['Hotjar is forbidden to use the data, and we sell it to advertisers.', SELL, 'affirmed'],
    ['We prohibit spam, and we transfer data to our US office.', /\btransfer\b/i, 'affirmed'],
    ['Our contracts prevent these businesses from reusing or reselling the information.', /\breselling\b/i, 'denied'],
    // The practice given up: "refrain from", down a list of verbs.
    ['We firmly refrain from sharing, selling, or renting your personal details to any third party.', /\bselling\b/i, 'denied'],
    ['We refrain from nothing: we sell your data to advertisers.', SELL, 'affirmed'],
    // A negator that denies nothing, or denies another verb.
    ['We not only collect your name but also your address.', /\bcollect\b/i, 'affirmed'],
    ['We collect your name and we do not share it.', /\bcollect\b/i, 'affirmed'],
    ['We collect your name and we do not share it.', /\bshare\b/i, 'denied'],
    ['We do not sell your data, but we share it with partners.', /\bshare\b/i, 'affirmed'],
    ['We collect your name.', SELL, undefined],
  ])('%s (%s) → %s', (text, verb, expected) => {
    expect(polarityOf(text, verb)).toBe(expected);
  });
});

describe('polarityOf: words that are not the operator\'s denial', () => {
  it('a "Do Not Sell or Share My Personal Information" link names a control, it denies nothing', () => {
    expect(polarityOf('Click "Do Not Sell or Share My Personal Information" to opt out.', SELL)).toBe('affirmed');
    expect(polarityOf('Use the Do Not Sell My Info link.', SELL)).toBe('affirmed');
  });
});

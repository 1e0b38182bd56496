// shares_with_third_parties: whether the policy says it passes data to other companies.
import { affirmative, labelled, notStated, stated } from './clauses';
import { defineFact, yesNo, type FactInput } from './definition';

/**
 * Any affirmative sharing clause means it shares; otherwise clauses read as denials whose
 * sharing statements are plainly denied ("we do not share your data") mean it does not.
 * A denial scoped to marketing ("not shared for marketing") says nothing about sharing as such.
 */
export function sharesWithThirdParties(input: FactInput) {
  const sharing = labelled(input.clauses, 'sharing');
  const yes = affirmative(sharing);
  if (yes.length) return stated(true, yes);
  const deniesSharing = (index: number) => {
    const shares = (input.statements.get(index) ?? []).filter((s) => s.action === 'share' || s.action === 'sell');
    return shares.length > 0 && shares.every((s) => s.polarity === 'denied') && !shares.some((s) => /\bmarketing\b/i.test(s.text));
  };
  const no = sharing.filter((c) => c.negated && deniesSharing(c.index));
  return no.length ? stated(false, no) : notStated<boolean>();
}

export const shares = defineFact<'shares_with_third_parties'>({
  key: 'shares_with_third_parties',
  label: 'Shares with third parties',
  extract: sharesWithThirdParties,
  // Half weight when it shares: sharing with service providers is usually needed to deliver the service.
  weight: 10,
  category: 'sharing',
  unknown: 'Does not say whether it shares your data',
  judge: (shares) =>
    shares ? { fraction: -0.5, reason: 'Shares your data with other companies' } : { fraction: 1, reason: 'Says it does not share your data' },
  phrase: (shares) => (shares ? 'shares your data with other companies' : 'says it does not share your data'),
  cell: yesNo,
});

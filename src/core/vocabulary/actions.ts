// What a policy says is done with data, as verbs: one list per action, read by the
// classifier's vocabulary tags (lexicon.ts) and by the statements the facts reduce.
// Nothing does part-of-speech tagging, so inflections are spelled out.

export const ACTIONS = ['collect', 'use', 'share', 'sell', 'keep', 'transfer', 'store'] as const;
export type Action = (typeof ACTIONS)[number];

export const ACTION_WORDS: Record<Action, string[]> = {
  collect: [
    'collect', 'collects', 'collected', 'collecting', 'collection', 'gather', 'gathers', 'gathered', 'gathering',
    'obtain', 'obtains', 'obtained', 'obtaining', 'process', 'processes', 'processed', 'processing', 'record',
    'records', 'recorded', 'recording', 'capture', 'captures', 'captured', 'received',
    'ask for', 'asks for', 'log', 'logs', 'logged', 'track', 'tracks', 'tracked', 'tracking', 'acquire',
    'acquires', 'acquired',
  ],
  use: ['use', 'uses', 'used', 'using', 'utilise', 'utilize', 'utilised', 'utilized', 'analyse', 'analyze'],
  share: [
    'share', 'shares', 'shared', 'sharing', 'disclose', 'discloses', 'disclosed', 'disclosing', 'disclosure',
    'lease', 'pass', 'passed', 'release', 'released', 'make available', 'made available',
  ],
  sell: ['sell', 'sells', 'sold', 'selling', 'rent', 'rents', 'rented'],
  keep: [
    'keep', 'keeps', 'kept', 'keeping', 'retain', 'retains', 'retained', 'retaining', 'retention', 'hold',
    'holds', 'held', 'store', 'stores', 'stored', 'storing', 'preserve', 'preserved', 'archive', 'archived',
  ],
  transfer: [
    'transfer', 'transfers', 'transferred', 'transferring', 'move', 'moved', 'moving', 'leave', 'leaves',
    'cross-border', 'international transfer', 'international transfers', 'send abroad',
  ],
  store: [
    'store', 'stores', 'stored', 'storing', 'storage', 'host', 'hosts', 'hosted', 'hosting', 'cloud-hosting',
    'hold', 'holds', 'held', 'process', 'processed', 'accessed', 'servers', 'server', 'data centres', 'database', 'databases',
    'data centers', 'reside', 'resides',
  ],
};

/**
 * Forms the statements read but the classifier's tags do not (adding them to ACTION_WORDS
 * changes the model's features: retrain with `npm run train` when you move one there).
 */
export const STATEMENT_ONLY_WORDS: Partial<Record<Action, string[]>> = {
  sell: ['resell', 'resells', 'reselling', 'resold', 're-sell', 'sale', 'sales', 'renting', 'trade', 'trades', 'trading'],
  // "We may provide your personal information to companies that …": data provided, not a service.
  share: ['distribute', 'distributes', 'distributed', 'distributing', 'provide your personal information', 'provide personal information', 'provide your information', 'provide your personal data', 'provide personal data', 'provide your data'],
  keep: ['save', 'saves', 'saved'],
  // "we may ask you to provide us with …", "you may be asked to provide details such as:": the person gives, the operator receives.
  collect: ['asked for', 'asking for', 'need', 'needs', 'require', 'requires', 'ask you to provide', 'asks you to provide', 'asked to provide', 'asking you to provide', 'provide us with', 'provides us with'],
};

/** Words that rule a practice out when they come before its verb. */
export const NEGATORS = ['not', 'never'];
/** Adverbs that may sit between a negator and its verb ("do not knowingly collect"). */
export const HEDGES = ['knowingly', 'intentionally', 'currently', 'actively', 'ever', 'otherwise', 'routinely', 'directly', 'generally'];

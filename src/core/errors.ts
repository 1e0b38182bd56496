/** Why an input could not be analysed; `message` is written for the user. */
export type PolicyErrorCode = 'empty' | 'too-large' | 'pdf' | 'binary' | 'unreadable';

export class PolicyError extends Error {
  constructor(
    readonly code: PolicyErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'PolicyError';
  }
}

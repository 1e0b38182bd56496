import { DEFAULT_TIMEOUT_SECONDS, MAX_TIMEOUT_SECONDS } from './args';
import { PROVIDER_KINDS } from '../core/types';
import { EXIT } from './exit-codes';
import { MAX_INPUT_BYTES } from './read-input';

export const HELP_TEXT = `Policy Lens: analyse a privacy policy on your own machine.

Usage:
  npm run analyse -- <file.html | file.txt | file.md | http(s)://url> [--json] [--force] [--timeout <s>]
                     [--kind <kind>] [--country <code>]
                     [--laws <gdpr,uk-gdpr,popia,pipeda,ccpa | all>]
  npm run analyse -- --sentences <file.jsonl | ->
  npm run analyse -- --help

Input:
  A local file is read as HTML when its name ends in .html/.htm/.xhtml or its
  content looks like markup, as Markdown when it ends in .md/.markdown (its markup
  dropped), otherwise as plain text. PDF and binary files are
  refused (convert a PDF first, e.g. with pdftotext), and so are devices. A named
  pipe or <(command) is read until its writer closes it. An http(s) URL is fetched
  only because you asked for it: one GET, ${DEFAULT_TIMEOUT_SECONDS} s timeout by default. Any input
  is read to at most ${MAX_INPUT_BYTES / 1024 / 1024} MB. Nothing is sent anywhere else.

Options:
  --json             Print the full PolicyReport as JSON instead of the summary.
                     A text that does not read like a policy is printed too,
                     with score.grade null and score.gradeWithheld.reason
                     "not-a-policy".
  --force            Analyse even when the text does not read like a policy.
  --timeout <s>      Seconds to wait for a URL, or for more from a pipe (default
                     ${DEFAULT_TIMEOUT_SECONDS}, at most ${MAX_TIMEOUT_SECONDS}).
  --kind <kind>      Rank among reference providers of one kind (by default the
                     kind read from the policy and its site; all when unclear):
                     ${PROVIDER_KINDS.join(', ')}, or all.
  --country <code>   Rank only among providers based in this country (ISO code,
                     e.g. GB, US, ZA), or all (the default).
  --laws <list>      Which jurisdiction checklists to give: any of gdpr, uk-gdpr,
                     popia, pipeda, ccpa (comma-separated), or all. Default: the
                     laws the policy names and the law of the country the provider
                     says it is registered in. A text Policy Lens cannot read (not
                     English) gets none.
  --sentences <f>    Classify sentences in batch: each line of <f> ("-" for stdin)
                     is {"text": "..."}; prints one {"labels": [...], "negated": bool}
                     line per input line (blank lines are skipped).
  -h, --help         Show this help.

Colours are used only on a terminal and never when NO_COLOR is set.

Exit codes:
  ${EXIT.ok}  success
  ${EXIT.internal}  unexpected internal error (a bug: please report it)
  ${EXIT.usage}  bad command line (unknown option, missing input, ...)
  ${EXIT.unreadable}  input could not be read (missing file, network error, HTTP error, timeout)
  ${EXIT.unusable}  input cannot be analysed (empty, PDF, binary, too large)
  ${EXIT.notPolicy}  input does not read like a privacy policy (use --force to analyse it anyway;
     --json prints the report with no grade instead)
  ${EXIT.badSentence}  a line of the --sentences file is not valid ({"text": "..."})
`;

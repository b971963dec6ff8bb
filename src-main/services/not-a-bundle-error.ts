import type { InspectProblem } from '../../src-shared/inspect-result.js';

/** A file chosen to be sent that is not a whole support bundle (its manifest missing, or an entry not as the manifest says). */
export class NotABundleError extends Error {
  constructor(readonly problems: readonly InspectProblem[]) {
    super(problems.map((problem) => problem.message).join(' ') || 'the file is not a support bundle');
    this.name = 'NotABundleError';
  }
}

/**
 * An error as a sentence with a way forward: the sentence, an optional action button ("Choose
 * folder"), and the technical text behind "Show details" for whoever helps the user.
 */
import { ErrorDetails } from './ErrorDetails.js';
import type { ReactNode } from 'react';
import type { Problem } from './error-text.js';

export function ErrorNotice({ problem, action, className = 'error' }: { problem: Problem; action?: ReactNode; className?: string }) {
  return (
    <div className={`error-notice ${className}`} data-testid="error-notice">
      <p role="alert">{problem.message}</p>
      {action}
      <ErrorDetails details={problem.details} />
    </div>
  );
}

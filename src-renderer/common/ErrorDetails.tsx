/** Technical text (paths, error codes) behind "Show details": for whoever helps, never in the sentence on screen. */
export function ErrorDetails({ details }: { details?: string | undefined }) {
  if (!details) return null;
  return (
    <details className="error-details">
      <summary>Show details</summary>
      <code>{details}</code>
    </details>
  );
}

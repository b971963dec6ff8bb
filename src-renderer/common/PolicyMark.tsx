/**
 * "Set by your organisation": the visible mark beside an option the organisation's policy fixes or
 * bounds. Text, not only an icon, with an id the control names in aria-describedby.
 */
export function PolicyMark({ id, text, testId }: { id: string; text: string; testId: string }) {
  return (
    <p className="hint policy-mark" id={id} data-testid={testId}>
      <span className="policy-mark-label">Set by your organisation:</span> {text}
    </p>
  );
}

/** The per-category counts of replaced private values, in words, as shown in the review step and the review screen. */
import { redactionCounts } from '../../src-shared/redaction-category.js';

export function RedactionCounts({ byCategory, testId }: { byCategory: Record<string, number>; testId?: string }) {
  return (
    <ul className="counts" data-testid={testId}>
      {redactionCounts(byCategory).map(({ key, words, count }) => (
        <li key={key}>
          {words}: {count}
        </li>
      ))}
    </ul>
  );
}

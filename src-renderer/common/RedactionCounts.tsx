/** The per-category counts of replaced private values, in words, as shown in the review step and the review screen. */
import { redactionCategoryName } from '../../src-shared/glossary.js';

export function RedactionCounts({ byCategory, testId }: { byCategory: Record<string, number>; testId?: string }) {
  return (
    <ul className="counts" data-testid={testId}>
      {Object.entries(byCategory).map(([category, count]) => (
        <li key={category}>
          {redactionCategoryName(category)}: {count}
        </li>
      ))}
    </ul>
  );
}

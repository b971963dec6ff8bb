/** The per-category counts of replaced private values, as shown in the review step and the review screen. */
export function RedactionCounts({ byCategory, testId }: { byCategory: Record<string, number>; testId?: string }) {
  return (
    <ul className="counts" data-testid={testId}>
      {Object.entries(byCategory).map(([category, count]) => (
        <li key={category}>
          {category}: {count}
        </li>
      ))}
    </ul>
  );
}

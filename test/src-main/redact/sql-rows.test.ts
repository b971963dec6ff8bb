// Rows of SQL dumps (INSERT ... VALUES, pg_dump's COPY): each value judged by its column's name.
import { describe, expect, it } from 'vitest';
import { redactedStream } from '../../helpers/redacted-stream.js';

describe('SQL dumps', () => {
  it("replaces the values of private columns in mysqldump's multi-row INSERT and keeps the statement's shape", async () => {
    const dump =
      "INSERT INTO `employees` (`id`, `full_name`, `national_id`, `date_of_birth`, `mobile_phone`, `password_hash`, `status`, `created_at`) VALUES " +
      "(7,'Ana Popescu','1850512299549','1985-05-12','+40 721 555 010','$2b$12$KIXQJfR0bX6pQ1mHq8zS9eYk1m2n3o4p5q6r7s8t9u0v1w2x3y4z5','active','2026-12-01 10:00:00')," +
      "(8,'O''Brien, Siobhán',NULL,'1990-02-28','+353 87 555 0199','$2b$12$AbCdEfGhIjKlMnOpQrStUuVwXyZ0123456789abcdefghijklmnopq','locked','2026-12-02 11:30:00');\n" +
      'SELECT 1;\n';
    const out = await redactedStream(dump);
    for (const value of ['Ana Popescu', '1850512299549', '1985-05-12', '721 555 010', 'KIXQJfR0bX6p', "O''Brien", 'Siobh', '1990-02-28', '87 555 0199', 'AbCdEfGhIj']) {
      expect(out, value).not.toContain(value);
    }
    expect(out).toMatch(/^INSERT INTO `employees` \(`id`, `full_name`, `national_id`, `date_of_birth`, `mobile_phone`, `password_hash`, `status`, `created_at`\) VALUES \(7,'<name-1>','<[a-z-]+-1>','<[a-z-]+-1>',/);
    expect(out).toContain(",'active','2026-12-01 10:00:00'),(8,'<name-2>',NULL,");
    expect(out).toContain("'locked','2026-12-02 11:30:00');\nSELECT 1;\n");
  });

  it("reads pg_dump's COPY blocks, tab-separated, with \\N for NULL, up to \\.", async () => {
    const dump = [
      'COPY public.users (id, username, email, tax_id, plan, last_login) FROM stdin;',
      '1\tmvoicu\tmvoicu@example.ro\t1850512299549\tpro\t2026-12-06 09:00:00+02',
      '2\tsnilsen\t\\N\t\\N\tbasic\t2026-12-05 08:00:00+01',
      '\\.',
      '',
      'plan\tpro\tsnilsen',
      '',
    ].join('\n');
    const out = await redactedStream(dump);
    expect(out).not.toMatch(/mvoicu|1850512299549|\tsnilsen\t/);
    expect(out).toContain('\tpro\t2026-12-06 09:00:00+02\n');
    expect(out).toContain('\t\\N\t\\N\tbasic\t');
    // After the block's end, the same words are no column's.
    expect(out).toContain('\\.\n\nplan\tpro\tsnilsen\n');
  });

  it('takes only the secret columns in minimal, and leaves statements without a column list and logs alone', async () => {
    const dump = "INSERT INTO users (name, password) VALUES ('Ana Popescu', 'Tr0ub4dor&3');\nINSERT INTO t VALUES (1, 'Ana Popescu');\nlog: insert queue size 3\n";
    expect(await redactedStream(dump, 'minimal')).toBe("INSERT INTO users (name, password) VALUES ('Ana Popescu', '<secret-1>');\nINSERT INTO t VALUES (1, 'Ana Popescu');\nlog: insert queue size 3\n");
  });
});

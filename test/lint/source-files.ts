// The TypeScript sources the lint tests look at: src-shared, src-main and src-renderer.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../helpers/run-cli.js';

/** Every .ts/.tsx file under the three source folders, relative to the project root. */
export function sourceFiles(): string[] {
  return ['src-shared', 'src-main', 'src-renderer'].flatMap((folder) =>
    readdirSync(path.join(PROJECT_ROOT, folder), { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.tsx?$/.test(file) && !file.endsWith('.d.ts'))
      .map((file) => path.join(folder, file)),
  );
}

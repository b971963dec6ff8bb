/**
 * Loads a probe plan: the shipped default for Zoom Phone, or a JSON file that replaces it. A bad
 * file throws ProbePlanError naming the file and the first bad field, so the CLI can refuse it
 * before collecting anything.
 */
import defaultPlanJson from '../../assets/probe-plan.default.json';
import { probePlanSchema, type ProbePlan } from '../../src-shared/probe-plan.js';
import { readRegularFile } from '../platform/regular-file.js';

/** A hand-written plan is a few KB; the cap stops a device (/dev/zero) or a huge file being read into memory. */
export const MAX_PROBE_PLAN_BYTES = 1024 * 1024;

/** A plan file that cannot be read, parsed or validated; the message is one line. */
export class ProbePlanError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProbePlanError';
  }
}

/** The shipped default plan (validated; a broken asset is a build bug, caught by tests). */
export function defaultProbePlan(): ProbePlan {
  return probePlanSchema.parse(defaultPlanJson);
}

/** Reads and validates a plan file. Throws ProbePlanError with "<file>: <field>: <problem>". */
export async function loadProbePlanFile(file: string): Promise<ProbePlan> {
  let text: string;
  try {
    // Regular files only: a FIFO would block the read forever.
    text = (await readRegularFile(file, MAX_PROBE_PLAN_BYTES)).toString('utf8');
  } catch (error) {
    throw new ProbePlanError(`${file}: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ProbePlanError(`${file}: not valid JSON (${(error as Error).message.split('\n')[0]})`);
  }
  const parsed = probePlanSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.length ? issue.path.join('.') : 'plan';
    throw new ProbePlanError(`${file}: ${field}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

/** The plan to run: the file when given, else the default; with where it came from. */
export async function loadProbePlan(file: string | undefined): Promise<{ plan: ProbePlan; source: 'default' | 'file' }> {
  return file ? { plan: await loadProbePlanFile(file), source: 'file' } : { plan: defaultProbePlan(), source: 'default' };
}

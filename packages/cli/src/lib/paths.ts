import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (the CLI runs from its sources). */
export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
/** The small cut of the official masters the repo ships (data/sample-masters). */
export const SAMPLE_MASTERS = join(REPO, 'data', 'sample-masters');

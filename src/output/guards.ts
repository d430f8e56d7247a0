// Guards for unattended runs: refuse to publish an inventory that is suspiciously small (--min-nodes) or
// much smaller than the one it replaces (--max-shrink). The checks are pure; reading the old file is separate.

import { promises as fs } from 'node:fs';
import { GuardError } from '../errors';
import type { OutputFormat, Safety } from '../options';
import { countNodes, UnreadableDocumentError } from './count-nodes';

/**
 * Checks the new node count against the guards; `previousCount` is the existing file's (undefined: no file).
 * @throws GuardError naming the guard, the counts and the way out
 */
export function checkGuards(newCount: number, safety: Pick<Safety, 'minNodes' | 'maxShrinkPercent'>, previousCount?: number): void {
  if (safety.minNodes !== undefined && newCount < safety.minNodes) {
    throw new GuardError(`refusing to write ${newCount} node(s): fewer than --min-nodes ${safety.minNodes}`);
  }
  if (safety.maxShrinkPercent !== undefined && previousCount !== undefined && previousCount > 0) {
    const shrink = ((previousCount - newCount) / previousCount) * 100;
    if (shrink > safety.maxShrinkPercent) {
      throw new GuardError(
        `refusing to replace ${previousCount} node(s) with ${newCount}: ${shrink.toFixed(1)}% fewer, more than --max-shrink ${safety.maxShrinkPercent}%`,
      );
    }
  }
}

/**
 * The node count of the existing `file`, read as `format`; undefined when there is no such file.
 * @throws GuardError when the file exists but cannot be read or counted (the guard cannot be checked)
 */
export async function readPreviousNodeCount(file: string, format: OutputFormat): Promise<number | undefined> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new GuardError(`--max-shrink cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  try {
    return countNodes(text, format);
  } catch (error) {
    if (!(error instanceof UnreadableDocumentError)) throw error;
    throw new GuardError(`--max-shrink cannot count the nodes of ${file} as ${format}: ${error.message}; move it away to start afresh`, {
      cause: error,
    });
  }
}

// The region of a profile in a shared config file given with --shared-config-file: the SDK reads a
// profile's region only from ~/.aws/config or AWS_CONFIG_FILE, and Rundeck's script source has neither.

import { promises as fs } from 'node:fs';
import { UsageError } from '../errors';

/**
 * The `region` of `profile` in the text of an AWS shared config file (`[default]`, `[profile NAME]`, or
 * `[NAME]`), or undefined. Pure.
 */
export function profileRegion(text: string, profile: string): string | undefined {
  const wanted = new Set(profile === 'default' ? ['default', 'profile default'] : [`profile ${profile}`, profile]);
  let inProfile = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/[#;].*$/, '').trim();
    const section = /^\[\s*(.+?)\s*\]$/.exec(line);
    if (section) {
      inProfile = wanted.has((section[1] ?? '').replace(/\s+/g, ' '));
      continue;
    }
    const setting = /^region\s*=\s*(\S+)$/.exec(line);
    if (inProfile && setting) return setting[1];
  }
  return undefined;
}

/**
 * The profile's region from `file`, or undefined when the file sets none.
 * @throws UsageError when the file cannot be read
 */
export async function readProfileRegion(file: string, profile: string): Promise<string | undefined> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read --shared-config-file ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, { cause: error });
  }
  return profileRegion(text, profile);
}

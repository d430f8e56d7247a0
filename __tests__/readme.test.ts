// README stays in step with --help: every long option the CLI (and `check`) offers is documented.

import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT, runCli } from './support/run-built-cli';

const README = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');

/** The long options in a commander help text's "Options:" block. */
function longOptions(help: string): string[] {
  const start = help.indexOf('Options:');
  const end = help.indexOf('\nCommands:', start);
  const block = help.slice(start, end > 0 ? end : undefined);
  return [...new Set([...block.matchAll(/^ {2}(?:-\w, )?(--[a-z][a-z-]*)/gm)].map((m) => m[1] as string))].sort();
}

describe('README', () => {
  it.each([[[] as string[]], [['check']]])('documents every long option of `ecs-nodes %p --help`', async (command) => {
    const result = await runCli([...command, '--help']);
    expect(result.code).toBe(0);
    const options = longOptions(result.stdout);
    expect(options.length).toBeGreaterThan(8);
    expect(options.filter((option) => !new RegExp(`[\\s\`]${option}(?![a-z-])`).test(README))).toEqual([]);
  });

  it.each(['## Why', '## Quick start', '## Install on a Rundeck server', '## ecs-nodes check', '## Troubleshooting', '## Usage', '## The terminal view'])(
    'has the section %p',
    (heading) => {
      expect(README).toContain(`\n${heading}\n`);
    },
  );
});

// End to end: the built CLI's table view with --input, colour switches, and a quiet stderr when not a terminal.

import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { cleanEnv, runCli } from '../support/run-built-cli';

const INPUT = ['--input', 'examples/describe-tasks.json', '--format', 'table'];

describe('ecs-nodes --format table', () => {
  it('is plain when piped, with one row per node and nothing on stderr', async () => {
    const result = await runCli(INPUT);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).not.toContain('\u001b[');
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^NODE\s+CLUSTER\s+SERVICE\s+CONTAINER\s+IMAGE TAG\s+IP\s+STATUS\s+EXEC$/);
    expect(lines.at(-1)).toBe('10 nodes');
    expect(lines).toHaveLength(12);
  });

  it.each<[string, Record<string, string>, string[], boolean]>([
    ['FORCE_COLOR=1', { FORCE_COLOR: '1' }, [], true],
    ['FORCE_COLOR=1 with --no-color', { FORCE_COLOR: '1' }, ['--no-color'], false],
    ['NO_COLOR=1 (not a terminal anyway)', { NO_COLOR: '1' }, [], false],
  ])('%s → colour %p', async (_name, env, extra, coloured) => {
    const result = await runCli([...INPUT, ...extra], { env: cleanEnv(env) });
    expect(result.code).toBe(0);
    expect(result.stdout.includes('\u001b[')).toBe(coloured);
  });

  it('never colours a file written with --output', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ecs-nodes-table-'));
    try {
      const file = path.join(dir, 'nodes.txt');
      const result = await runCli([...INPUT, '-o', file], { env: cleanEnv({ FORCE_COLOR: '1' }) });
      expect(result.code).toBe(0);
      expect(await readFile(file, 'utf8')).not.toContain('\u001b[');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

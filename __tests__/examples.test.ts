// The examples stay honest: outputs match a fresh run, policies and node sources say what the code does.

import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT, runCli } from './support/run-built-cli';

const EXAMPLES = path.join(REPO_ROOT, 'examples');
const read = (...parts: string[]) => readFileSync(path.join(EXAMPLES, ...parts), 'utf8');

describe('examples/outputs', () => {
  const files: Record<string, string> = { resourceyaml: 'nodes.yaml', resourcexml: 'nodes.xml', resourcejson: 'nodes.json', table: 'nodes.txt' };

  it('holds one file per format, and nothing else', () => {
    expect(readdirSync(path.join(EXAMPLES, 'outputs')).sort()).toEqual(Object.values(files).sort());
  });

  it.each(Object.entries(files))('%s equals a fresh run of the demo (npm run examples regenerates it)', async (format, file) => {
    const result = await runCli(['--input', 'examples/describe-tasks.json', '--format', format]);
    expect(result.code).toBe(0);
    expect(read('outputs', file)).toBe(result.stdout);
  });
});

describe('examples/iam', () => {
  type Policy = { Statement: { Effect: string; Action: string | string[]; Condition?: Record<string, Record<string, unknown>> }[] };
  const actions = (file: string) => (JSON.parse(read('iam', file)) as Policy).Statement.flatMap((s) => s.Action).sort();

  it.each([
    ['ecs-nodes-list.json', ['ecs:DescribeTasks', 'ecs:ListClusters', 'ecs:ListTasks']],
    ['ecs-nodes-check.json', ['ecs:DescribeTasks', 'ecs:ListClusters', 'ecs:ListTasks', 'sts:GetCallerIdentity']],
    ['cross-account-source.json', ['sts:AssumeRole']],
    ['cross-account-trust.json', ['sts:AssumeRole']],
  ])('%s allows exactly %p', (file, expected) => {
    expect(actions(file)).toEqual(expected);
  });

  it('lets the trust policy be used only with an external id', () => {
    const trust = JSON.parse(read('iam', 'cross-account-trust.json')) as Policy;
    expect(trust.Statement[0]?.Condition?.StringEquals?.['sts:ExternalId']).toEqual(expect.any(String));
  });

  it('the listing policy grants every ECS call the code makes', () => {
    const sources = ['fetch-tasks.ts', 'probe-access.ts'].map((f) => readFileSync(path.join(REPO_ROOT, 'src', 'aws', f), 'utf8')).join('\n');
    const used = [...new Set([...sources.matchAll(/new (\w+)Command\(/g)].map((m) => `ecs:${m[1]}`))].sort();
    expect(used).toEqual(actions('ecs-nodes-list.json'));
  });
});

describe('examples/rundeck', () => {
  const properties = (file: string) =>
    Object.fromEntries(
      read('rundeck', file)
        .split('\n')
        .filter((line) => line.trim() !== '' && !line.startsWith('#'))
        .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
    );

  it('configures a script source with an interpreter, a format and space-free arguments that match it', () => {
    const p = properties('script-node-source.properties');
    expect(p['resources.source.1.type']).toBe('script');
    expect(p['resources.source.1.config.interpreter']).toMatch(/^\/\S+node$/);
    const args = (p['resources.source.1.config.args'] ?? '').split(' ');
    expect(args[args.indexOf('--format') + 1]).toBe(p['resources.source.1.config.format']);
    expect(args).not.toContain('');
  });

  it('configures a file source that requires the file to exist', () => {
    const p = properties('file-node-source.properties');
    expect(p).toMatchObject({ 'resources.source.2.type': 'file', 'resources.source.2.config.format': 'resourceyaml', 'resources.source.2.config.requireFileExists': 'true' });
  });
});

// End to end: `npm run bundle`'s single file runs from a folder without node_modules, both from a saved
// DescribeTasks file and against a local ECS endpoint (the lazily required AWS layer is inside the bundle).

import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { startCheckServer, type CheckServer } from './support/check-server';
import { cleanEnv, REPO_ROOT, runCli, runNode } from './support/run-built-cli';

let dir: string;
let bundle: string;
let server: CheckServer;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'ecs-nodes-bundle-'));
  bundle = path.join(dir, 'ecs-nodes.cjs');
  execFileSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'bundle.js'), bundle], { cwd: REPO_ROOT, stdio: 'pipe', timeout: 120000 });
  copyFileSync(path.join(REPO_ROOT, 'examples', 'describe-tasks.json'), path.join(dir, 'describe-tasks.json'));
  server = await startCheckServer({ clusters: { prod: [] }, denied: new Set(), account: '123456789012' });
});

afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('dist/ecs-nodes.cjs', () => {
  it('is one executable file with a shebang', () => {
    expect(statSync(bundle).mode & 0o111).not.toBe(0);
    expect(readFileSync(bundle, 'utf8').slice(0, 20)).toBe('#!/usr/bin/env node\n');
  });

  it.each(['resourceyaml', 'resourcexml', 'resourcejson', 'table'])(
    'writes the same %s as the built CLI, from a folder without node_modules',
    async (format) => {
      const fromBundle = await runNode(bundle, ['--input', 'describe-tasks.json', '--format', format], { cwd: dir });
      const fromBuild = await runCli(['--input', 'examples/describe-tasks.json', '--format', format]);
      expect(fromBundle.stderr).toBe('');
      expect(fromBundle.code).toBe(0);
      expect(fromBundle.stdout).toBe(fromBuild.stdout);
    },
  );

  it('reports the package version', async () => {
    const { version } = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
    const result = await runNode(bundle, ['--version'], { cwd: dir });
    expect(result.stdout.trim()).toBe(version);
  });

  it('loads the AWS layer and calls ECS (inventory) and STS (check)', async () => {
    server.state.clusters.prod = [
      {
        taskArn: 'arn:aws:ecs:eu-west-1:123456789012:task/prod/t1',
        clusterArn: 'arn:aws:ecs:eu-west-1:123456789012:cluster/prod',
        lastStatus: 'RUNNING',
        containers: [{ name: 'app', containerArn: 'arn:aws:ecs:eu-west-1:123456789012:container/prod/t1/c1', lastStatus: 'RUNNING' }],
      },
    ];
    const env = cleanEnv();
    const inventory = await runNode(bundle, ['--region', 'eu-west-1', '--endpoint-url', server.url, '--clusters', 'prod', '-f', 'json'], { cwd: dir, env });
    expect(inventory.stderr).toBe('');
    expect(Object.keys(JSON.parse(inventory.stdout) as object)).toEqual(['app-c1']);
    const check = await runNode(bundle, ['check', '--region', 'eu-west-1', '--endpoint-url', server.url, '--sts-endpoint-url', server.url, '-f', 'json'], { cwd: dir, env });
    expect(check.code).toBe(0);
    expect((JSON.parse(check.stdout) as { identity: { identity: { account: string } } }).identity.identity.account).toBe('123456789012');
  });
});

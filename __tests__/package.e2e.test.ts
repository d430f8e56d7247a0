// End to end: `npm pack` yields a clean package, and the tarball installed into an empty folder runs.
// Dependencies come from the npm cache or the registry; when the registry cannot be reached the install
// test reports that and checks only the tarball's contents.

import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { cleanEnv, REPO_ROOT, runNode } from './support/run-built-cli';

const NETWORK_ERROR = /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|network request .* failed/i;

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs npm with the parent's npm settings (cache, registry) but none of the parent script's package context. */
function npm(args: readonly string[], cwd: string, timeoutMs: number): Promise<Run> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value === undefined || key.startsWith('AWS_')) continue;
    if (key.startsWith('npm_') && !['npm_config_cache', 'npm_config_registry', 'npm_config_userconfig'].includes(key)) continue;
    env[key] = value;
  }
  return new Promise((resolve) => {
    execFile('npm', [...args], { cwd, env, timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

let work: string;
let tarball: string;
let files: string[];

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'ecs-nodes-pack-'));
  // --ignore-scripts: no `prepare` rebuild, which would rewrite build/ under the feet of tests running in parallel.
  const packed = await npm(['pack', '--json', '--ignore-scripts', '--pack-destination', work], REPO_ROOT, 180000);
  if (packed.code !== 0) throw new Error(`npm pack failed: ${packed.stderr}`);
  const [info] = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('['))) as { filename: string; files: { path: string }[] }[];
  if (!info) throw new Error('npm pack printed no package');
  tarball = path.join(work, info.filename);
  files = info.files.map((f) => f.path).sort();
}, 200000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm pack', () => {
  it('contains the CLI, the built library, README, LICENSE and the examples the README refers to, and nothing else', () => {
    expect(files).toEqual(
      expect.arrayContaining(['LICENSE', 'README.md', 'package.json', 'bin/ecs-nodes', 'build/cli/main.js', 'build/index.js', 'build/index.d.ts', 'examples/describe-tasks.json', 'examples/rundeck/script-node-source.properties']),
    );
    expect(files.filter((f) => !/^(bin\/ecs-nodes|build\/.+\.(js|d\.ts)|examples\/.+|LICENSE|README\.md|package\.json)$/.test(f))).toEqual([]);
  });

  it('declares bin, engines, license and keywords', () => {
    const manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest).toMatchObject({ bin: { 'ecs-nodes': 'bin/ecs-nodes' }, engines: { node: '>=20.19' }, license: 'MIT' });
    expect(manifest.keywords).toEqual(expect.arrayContaining(['rundeck', 'ecs']));
  });

  it('installs into an empty folder and runs the installed bin', async () => {
    const target = path.join(work, 'install');
    rmSync(target, { recursive: true, force: true });
    mkdirSync(target);
    writeFileSync(path.join(target, 'package.json'), '{"name":"install-test","version":"1.0.0","private":true}\n');
    const installed = await npm(['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball], target, 240000);
    if (installed.code !== 0 && NETWORK_ERROR.test(installed.stderr)) {
      console.warn(`skipped the install test: the npm registry cannot be reached and the cache lacks a dependency\n${installed.stderr.slice(0, 500)}`);
      return;
    }
    expect(installed.stderr).not.toMatch(/ERR!/);
    expect(installed.code).toBe(0);
    const bin = path.join(target, 'node_modules', 'ecs-nodes', 'bin', 'ecs-nodes');
    const input = path.join(REPO_ROOT, 'examples', 'describe-tasks.json');
    const result = await runNode(bin, ['--input', input, '--format', 'table'], { cwd: target, env: cleanEnv() });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('10 nodes');
    const linked = await runNode(path.join(target, 'node_modules', '.bin', 'ecs-nodes'), ['--version'], { cwd: target, env: cleanEnv() });
    expect(linked.stdout.trim()).toBe((JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version);
  }, 300000);
});

// E2E support: spawns the built CLI (`node bin/ecs-nodes`) with a clean environment and a bounded lifetime.

import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');
export const CLI = path.join(ROOT, 'bin', 'ecs-nodes');
export const FAKE_ACCESS_KEY_ID = 'AKIAE2EFAKEFAKE00001';

/** What one CLI run gave. */
export interface CliResult {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly milliseconds: number;
}

export interface RunOptions {
  /** Extra environment variables (on top of the clean one). */
  readonly env?: Readonly<Record<string, string>>;
  /** Kill the child (SIGKILL) past this; the test then fails on the signal. Default 60 s. */
  readonly killAfterMs?: number;
  /** Arguments for node before the script (e.g. --require a preload). */
  readonly nodeArgs?: readonly string[];
  /** Called once the child is spawned (to signal it mid-run). */
  readonly onSpawn?: (child: ChildProcess) => void;
  readonly stdin?: string;
}

const children = new Set<ChildProcess>();
const folders: string[] = [];

/** Fails fast with a clear message when the CLI was not built (`npm test` builds first). */
export function assertBuilt(): void {
  if (!existsSync(path.join(ROOT, 'build', 'cli', 'main.js'))) throw new Error('build/ is missing: run `npm run build` before the e2e tests');
}

/** A new temporary folder, removed by `cleanUp`. */
export function tempFolder(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'ecs-nodes-e2e-'));
  folders.push(folder);
  return folder;
}

/**
 * The environment of every run: PATH only from the parent (no AWS_* variables, no real profile, no
 * metadata endpoint), fake static credentials, a HOME without AWS config files.
 */
export function cleanEnv(extra: Readonly<Record<string, string>> = {}): NodeJS.ProcessEnv {
  const home = tempFolder();
  return {
    PATH: process.env.PATH ?? '',
    HOME: home,
    AWS_CONFIG_FILE: path.join(home, 'no-config'),
    AWS_SHARED_CREDENTIALS_FILE: path.join(home, 'no-credentials'),
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    AWS_ACCESS_KEY_ID: FAKE_ACCESS_KEY_ID,
    AWS_SECRET_ACCESS_KEY: 'fake-secret-for-tests',
    ...extra,
  };
}

/** Runs `node bin/ecs-nodes ...args`; resolves when it exits (or is killed past `killAfterMs`). */
export function runCli(args: readonly string[], options: RunOptions = {}): Promise<CliResult> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), CLI, ...args], {
      cwd: ROOT,
      env: cleanEnv(options.env),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    children.add(child);
    let stdout = '';
    let stderr = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const killer = setTimeout(() => child.kill('SIGKILL'), options.killAfterMs ?? 60_000);
    child.on('error', (error) => {
      clearTimeout(killer);
      children.delete(child);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(killer);
      children.delete(child);
      resolve({ code, signal, stdout, stderr, milliseconds: performance.now() - started });
    });
    child.stdin?.end(options.stdin ?? '');
    options.onSpawn?.(child);
  });
}

/** Kills children still running and removes temporary folders; for afterAll/afterEach. */
export function cleanUp(): void {
  for (const child of children) child.kill('SIGKILL');
  children.clear();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
}

/** Non-empty stderr lines. */
export function stderrLines(result: CliResult): string[] {
  return result.stderr.split('\n').filter((line) => line.trim() !== '');
}

// Spawns the built CLI (node bin/ecs-nodes, or another script) with a clean environment: no AWS_* from the
// parent, no instance metadata, fake credentials, a bounded run time.

import { spawn } from 'node:child_process';
import * as path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const BIN = path.join(REPO_ROOT, 'bin', 'ecs-nodes');

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Variables every end-to-end run gets unless a test means otherwise: no metadata lookups, no SDK warning. */
export const QUIET_ENV: Readonly<Record<string, string>> = {
  AWS_EC2_METADATA_DISABLED: 'true',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
};

/** An environment without the parent's AWS settings, with fake credentials and no metadata lookups. */
export function cleanEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const key of ['PATH', 'HOME', 'SYSTEMROOT', 'TMPDIR']) {
    const value = process.env[key];
    if (value !== undefined) env[key] = value;
  }
  return {
    ...env,
    ...QUIET_ENV,
    AWS_ACCESS_KEY_ID: 'AKIAFAKEFAKEFAKE',
    AWS_SECRET_ACCESS_KEY: 'fake-secret',
    AWS_CONFIG_FILE: path.join(REPO_ROOT, 'no-such-aws-config'),
    AWS_SHARED_CREDENTIALS_FILE: path.join(REPO_ROOT, 'no-such-aws-credentials'),
    ...extra,
  };
}

/** Runs `node script args…` in `cwd`, killing it after `timeoutMs`. */
export function runNode(
  script: string,
  args: readonly string[],
  options: { env?: Record<string, string>; cwd?: string; timeoutMs?: number } = {},
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: options.cwd ?? REPO_ROOT, env: options.env ?? cleanEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    // setEncoding decodes across chunk boundaries: chunk.toString() would split a multi-byte character.
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 20000);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** Runs the built CLI. */
export function runCli(args: readonly string[], options: { env?: Record<string, string>; cwd?: string; timeoutMs?: number } = {}): Promise<CliResult> {
  return runNode(BIN, args, options);
}

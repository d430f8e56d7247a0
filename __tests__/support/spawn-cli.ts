// Test support: runs the built CLI (`node bin/ecs-nodes`) with exactly the environment given, bounded in time.

import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

const BIN = resolve(__dirname, '..', '..', 'bin', 'ecs-nodes');

/** Variables every end-to-end run gets unless a test means otherwise: no metadata lookups, no SDK warning. */
export const QUIET_ENV: Readonly<Record<string, string>> = {
  AWS_EC2_METADATA_DISABLED: 'true',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
};

/** Runs `node bin/ecs-nodes …args` with `env` as the whole environment (no PATH, no HOME unless given). */
export function runCli(args: readonly string[], env: Readonly<Record<string, string>>, timeoutMs = 20_000): Promise<CliResult> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      fail(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, stdout, stderr });
    });
  });
}

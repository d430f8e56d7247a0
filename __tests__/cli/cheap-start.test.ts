// --help, --version and --input runs never load the AWS SDK: checked in a child process running the built
// CLI, by the modules it has loaded when the run ends.

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const MAIN = join(ROOT, 'build', 'cli', 'main.js');

// Runs the built CLI in-process with captured output, then prints the exit code and the SDK modules loaded.
const HARNESS = `
const { PassThrough } = require('node:stream');
const { run } = require(process.argv[1]);
const sink = () => { const s = new PassThrough(); s.resume(); return s; };
run(process.argv.slice(2), { stdout: sink(), stderr: sink() }).then((code) => {
  const sdk = Object.keys(require.cache).filter((id) => /[\\\\/]node_modules[\\\\/](@aws-sdk|@smithy|@aws-crypto)[\\\\/]/.test(id));
  process.stdout.write(JSON.stringify({ code, sdk: sdk.length }));
});`;

function loadedSdkModules(args: string[]): { code: number; sdk: number } {
  const child = spawnSync(process.execPath, ['-e', HARNESS, MAIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 20_000,
    env: { PATH: process.env.PATH ?? '', AWS_EC2_METADATA_DISABLED: 'true', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
  });
  if (child.status !== 0) throw new Error(`harness failed: ${child.stderr}`);
  return JSON.parse(child.stdout) as { code: number; sdk: number };
}

describe('cheap start', () => {
  it.each([
    ['--help', ['--help']],
    ['--version', ['--version']],
    ['--input', ['--input', join('examples', 'describe-tasks.json')]],
    ['--input with filters and a format', ['--input', join('examples', 'describe-tasks.json'), '--service', 'web', '-f', 'resourcexml']],
    ['a usage error', ['--format', 'nope']],
  ])('%s loads no AWS SDK module', (_name, args) => {
    expect(loadedSdkModules(args).sdk).toBe(0);
  });

  it('a run that calls AWS does load the SDK (the check can see it)', () => {
    const result = loadedSdkModules(['--region', 'us-east-1', '--endpoint-url', 'http://127.0.0.1:9', '--max-attempts', '1', '-c', 'x']);
    expect(result.code).toBe(3);
    expect(result.sdk).toBeGreaterThan(10);
  });
});

// run() sends argv to the inventory (default) or to `check`, and answers usage mistakes with exit 2.

import { PassThrough } from 'node:stream';
import { run } from '../../src/cli/main';

function capture(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  const chunks: string[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk.toString()));
  return { stream, text: () => chunks.join('') };
}

async function runCaptured(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = capture();
  const err = capture();
  const code = await run(argv, { stdout: out.stream, stderr: err.stream, env: {} });
  return { code, stdout: out.text(), stderr: err.text() };
}

describe('run() dispatch', () => {
  it.each<[string[], number, RegExp]>([
    [['chek'], 2, /error: unexpected argument "chek" \(see --help\)/],
    [['check', '--format', 'yaml'], 2, /option '-f, --format <format>' argument 'yaml' is invalid/],
    [['check', 'extra'], 2, /too many arguments/],
    [['check', '--region', 'nowhere'], 2, /"nowhere" is not an AWS region name/],
    [['--format', 'tabel'], 2, /argument 'tabel' is invalid/],
    [['--region', 'eu\nwest-1'], 2, /^error: "eu\\nwest-1" is not an AWS region name \(e\.g\. eu-west-1\)\n$/],
    [['--input', 'no\nsuch.json'], 2, /^error: cannot read --input no\\nsuch\.json: no such file\n$/],
    [['--region', 'eu-west-1', 'check'], 2, /^error: --region before "check" is not read by check: put it after "check" \(ecs-nodes check --region …\)\n$/],
    [['-c', 'prod', 'check', '--region', 'eu-west-1'], 2, /^error: --clusters before "check" is not read by check/],
  ])('%p → exit %p', async (argv, code, stderr) => {
    const result = await runCaptured(argv);
    expect(result.code).toBe(code);
    expect(result.stderr).toMatch(stderr);
    expect(result.stdout).toBe('');
  });

  it('prints the check help on stdout with exit 0', async () => {
    const result = await runCaptured(['check', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: ecs-nodes check \[options\]/);
    expect(result.stdout).toContain('--sts-endpoint-url <url>');
  });

  it('keeps the inventory as the default command (table from --input)', async () => {
    const result = await runCaptured(['--input', 'examples/describe-tasks.json', '--format', 'table']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^NODE\s+CLUSTER/);
    expect(result.stdout).not.toContain('\u001b[');
  });
});

// End-to-end: the built CLI's default output over examples/describe-tasks.json is byte-for-byte the
// output main produced before node shaping existed (__tests__/fixtures/default-output/, generated from
// main's code), in every format; spelling the default templates out gives the same bytes.

import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { fixturePath, repoPath } from '../helpers/estate';

const execFileAsync = promisify(execFile);

/** A clean environment: no AWS settings from the parent, nothing that could reach AWS. */
function cleanEnv(): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH ?? '',
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  };
}

async function ecsNodes(...argv: string[]): Promise<{ stdout: string; stderr: string }> {
  return execFileAsync(process.execPath, [repoPath('bin', 'ecs-nodes'), ...argv], {
    cwd: repoPath(),
    env: cleanEnv(),
    timeout: 20_000,
    maxBuffer: 16 * 1024 * 1024,
  });
}

const FORMATS = ['resourceyaml', 'resourcexml', 'resourcejson'] as const;

describe('default output', () => {
  it.each(FORMATS)('%s is unchanged from main', async (format) => {
    const expected = readFileSync(fixturePath(`default-output/describe-tasks.${format}.txt`), 'utf8');
    const { stdout, stderr } = await ecsNodes('--input', 'examples/describe-tasks.json', '--format', format);
    expect(stderr).toBe('');
    expect(stdout).toBe(expected);
  });

  it.each(FORMATS)('%s is the same with the default templates spelled out', async (format) => {
    const expected = readFileSync(fixturePath(`default-output/describe-tasks.${format}.txt`), 'utf8');
    const { stdout } = await ecsNodes(
      '--input', 'examples/describe-tasks.json',
      '--format', format,
      '--node-per', 'container',
      '--nodename', '{ECS:Container-Name}-{ECS:Container-ID}',
      '--hostname', '{ECS:Private-IP|ECS:Task-ID}',
      '--on-duplicate', 'fail',
    );
    expect(stdout).toBe(expected);
  });
});

// run() shows the progress line only when stderr is a terminal, and never mixes it into stdout.
// In process, against the local endpoint, with fake credentials set for the duration of the file.

import { PassThrough } from 'node:stream';
import { run } from '../../src/cli/main';
import { startCheckServer, type CheckServer } from '../support/check-server';

const ACCOUNT = '123456789012';
const ENV_KEYS = ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_PROFILE', 'AWS_EC2_METADATA_DISABLED', 'AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'];
const saved: Record<string, string | undefined> = {};
let server: CheckServer;

function stream(isTTY: boolean): { stream: PassThrough; text: () => string } {
  const s = Object.assign(new PassThrough(), { isTTY });
  const chunks: string[] = [];
  s.on('data', (chunk: Buffer) => chunks.push(chunk.toString()));
  return { stream: s, text: () => chunks.join('') };
}

beforeAll(async () => {
  for (const key of ENV_KEYS) saved[key] = process.env[key];
  delete process.env.AWS_SESSION_TOKEN;
  delete process.env.AWS_PROFILE;
  Object.assign(process.env, {
    AWS_ACCESS_KEY_ID: 'AKIAFAKEFAKEFAKE',
    AWS_SECRET_ACCESS_KEY: 'fake-secret',
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  });
  const task = {
    taskArn: `arn:aws:ecs:eu-west-1:${ACCOUNT}:task/prod/t1`,
    clusterArn: `arn:aws:ecs:eu-west-1:${ACCOUNT}:cluster/prod`,
    lastStatus: 'RUNNING',
    containers: [{ name: 'app', containerArn: `arn:aws:ecs:eu-west-1:${ACCOUNT}:container/prod/t1/c1`, lastStatus: 'RUNNING' }],
  };
  server = await startCheckServer({ clusters: { prod: [task] }, denied: new Set(), account: ACCOUNT, delayMs: 700 });
});

afterAll(async () => {
  await server.close();
  for (const key of ENV_KEYS) {
    if (saved[key] === undefined) delete process.env[key];
    else process.env[key] = saved[key];
  }
});

const ARGS = () => ['--region', 'eu-west-1', '--endpoint-url', server.url, '--clusters', 'prod', '--format', 'json', '--max-attempts', '1'];

describe('run() progress', () => {
  it('draws the progress line on a terminal stderr after about a second, then erases it', async () => {
    const out = stream(false);
    const err = stream(true);
    const code = await run(ARGS(), { stdout: out.stream, stderr: err.stream, env: {} });
    expect(code).toBe(0);
    expect(Object.keys(JSON.parse(out.text()) as object)).toEqual(['app-c1']);
    expect(err.text()).toMatch(/^\r\u001b\[Kecs-nodes: 0\/1 cluster done, [01] tasks? described/);
    expect(err.text().endsWith('\r\u001b[K')).toBe(true);
  });

  it('writes nothing at all on a stderr that is not a terminal', async () => {
    const out = stream(false);
    const err = stream(false);
    const code = await run(ARGS(), { stdout: out.stream, stderr: err.stream, env: {} });
    expect(code).toBe(0);
    expect(err.text()).toBe('');
  });
});

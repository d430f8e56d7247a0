// generateNodes over (role, region) scopes: each scope's client signs with its credentials, nodes carry the
// role that listed them, and failures under a role name it. The AWS layer and the role providers are fakes.

import { ECSClient } from '@aws-sdk/client-ecs';
import { createAssumeRoleCredentials } from '../src/aws/assume-role';
import type { CredentialIdentityProvider } from '../src/aws/credential-types';
import type { EcsClientSettings } from '../src/aws/ecs-client';
import { loadAwsLayer, type AwsLayer } from '../src/aws/load-aws';
import type { RegionContext } from '../src/aws/fetch-tasks';
import { createSecretReader } from '../src/aws/read-secrets';
import { AwsError } from '../src/errors';
import { generateNodes } from '../src/generate-nodes';
import { DEFAULT_CREDENTIALS, DEFAULT_OPTIONS, type Options } from '../src/options';
import { ATTR } from '../src/nodes/attributes';
import type { EcsTask } from '../src/ecs-types';
import { DEFAULT_NODE_SHAPE, type NodeUnit } from '../src/nodes/node-shape';

jest.mock('../src/aws/assume-role', () => ({ createAssumeRoleCredentials: jest.fn() }));
const createAssumeRole = jest.mocked(createAssumeRoleCredentials);

const BASE_KEY = 'AKIAEXAMPLE000000001';
const A = 'arn:aws:iam::222222222222:role/rundeck';
const B = 'arn:aws:iam::333333333333:role/rundeck';
const ACCOUNT_OF_KEY: Record<string, string> = { [BASE_KEY]: '111111111111', [`key-${A}`]: '222222222222', [`key-${B}`]: '333333333333' };

interface FakeClient {
  readonly region?: string;
  readonly credentials: CredentialIdentityProvider;
  destroyed: boolean;
}

function task(region: string, account: string, cluster: string): EcsTask {
  const id = `${account}${region.replace(/-/g, '')}`;
  return {
    taskArn: `arn:aws:ecs:${region}:${account}:task/${cluster}/${id}`,
    clusterArn: `arn:aws:ecs:${region}:${account}:cluster/${cluster}`,
    group: 'service:web',
    lastStatus: 'RUNNING',
    containers: [{ name: 'app', lastStatus: 'RUNNING', containerArn: `arn:aws:ecs:${region}:${account}:container/${cluster}/${id}/c${id}` }],
  };
}

/** An AWS layer whose clients are real (so middleware can be added) but never send: listing is faked. */
function fakeLayer(clients: FakeClient[], contexts: RegionContext[]): AwsLayer {
  const fakes = new Map<ECSClient, FakeClient>();
  const fakeOf = (client: ECSClient): FakeClient => {
    const fake = fakes.get(client);
    if (!fake) throw new Error('unknown client');
    return fake;
  };
  return {
    ...loadAwsLayer(),
    createEcsClient: (settings: EcsClientSettings) => {
      const client = new ECSClient({ region: 'us-east-1' });
      const fake: FakeClient = { region: settings.region, credentials: settings.credentials as CredentialIdentityProvider, destroyed: false };
      client.destroy = () => {
        fake.destroyed = true;
      };
      fakes.set(client, fake);
      clients.push(fake);
      return client;
    },
    resolveRegion: async (client: ECSClient) => {
      const { region } = fakeOf(client);
      if (region === undefined) throw Object.assign(new Error('Region is missing'), { name: 'Error' });
      return region;
    },
    listClusterArns: async (ctx) => {
      contexts.push(ctx);
      return ['web'];
    },
    fetchClusterTasks: async (ctx, cluster, onTasks) => {
      const { accessKeyId } = await fakeOf(ctx.client).credentials();
      if (ctx.region === 'ap-south-1') throw new AwsError(`access denied: ecs:ListTasks on cluster ${cluster}, region ${ctx.region}, role ${String(ctx.roleArn)}`);
      onTasks([task(ctx.region, ACCOUNT_OF_KEY[accessKeyId] ?? 'unknown', cluster)]);
      return { cluster, failures: [] };
    },
  };
}

function options(regions: string[], roleArns: string[]): Options {
  return {
    ...DEFAULT_OPTIONS,
    scope: { regions, clusters: [] },
    aws: {
      maxAttempts: 2,
      credentials: { ...DEFAULT_CREDENTIALS, accessKeyId: BASE_KEY, secretKeyEnv: 'SECRET', roleArns },
    },
  };
}

const secrets = createSecretReader({ SECRET: 'base-secret' });

beforeEach(() => {
  jest.resetAllMocks();
  createAssumeRole.mockImplementation((input) => async () => ({ accessKeyId: `key-${input.roleArn}`, secretAccessKey: 'assumed' }));
});

describe('generateNodes over roles and regions', () => {
  it('lists every region under every role, each node carrying its role, account and region', async () => {
    const clients: FakeClient[] = [];
    const contexts: RegionContext[] = [];
    const result = await generateNodes(options(['eu-west-1', 'us-east-1'], [A, B]), { aws: fakeLayer(clients, contexts), secrets });
    const seen = result.nodes.map((n) => [n.attributes['assume-role-arn'], n.attributes[ATTR.accountId], n.attributes[ATTR.region]]);
    expect(seen.sort()).toEqual(
      [
        [A, '222222222222', 'eu-west-1'],
        [A, '222222222222', 'us-east-1'],
        [B, '333333333333', 'eu-west-1'],
        [B, '333333333333', 'us-east-1'],
      ].sort(),
    );
    expect(contexts.map((c) => `${String(c.roleArn)} ${c.region}`).sort()).toEqual([`${A} eu-west-1`, `${A} us-east-1`, `${B} eu-west-1`, `${B} us-east-1`]);
    expect(clients).toHaveLength(4);
    expect(clients.every((c) => c.destroyed)).toBe(true);
  });

  it.each<[NodeUnit]>([['container'], ['task'], ['service']])('one node per %s carries the role too', async (nodePer) => {
    const result = await generateNodes({ ...options(['eu-west-1'], [A, B]), shape: { ...DEFAULT_NODE_SHAPE, nodePer, nodename: '{ECS:Account-ID}-{ECS:Task-ID}' } }, { aws: fakeLayer([], []), secrets });
    expect(result.nodes.map((n) => n.attributes['assume-role-arn']).sort()).toEqual([A, B]);
  });

  it('signs with the base key and sets no role attribute without roles', async () => {
    const result = await generateNodes(options(['eu-west-1'], []), { aws: fakeLayer([], []), secrets });
    expect(result.nodes).toHaveLength(1);
    expect(result.nodes[0]?.attributes[ATTR.accountId]).toBe('111111111111');
    expect(result.nodes[0]?.attributes).not.toHaveProperty('assume-role-arn');
  });

  it('names the role when a scope fails', async () => {
    await expect(generateNodes(options(['ap-south-1'], [A]), { aws: fakeLayer([], []), secrets })).rejects.toThrow(
      `access denied: ecs:ListTasks on cluster web, region ap-south-1, role ${A}`,
    );
  });

  it('asks for --region when a scope has none', async () => {
    await expect(generateNodes(options([], [A]), { aws: fakeLayer([], []), secrets })).rejects.toThrow(/pass --region/);
  });
});

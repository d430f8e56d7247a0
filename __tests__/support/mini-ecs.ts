// Test support: a minimal ECS on 127.0.0.1 (JSON 1.1: ListClusters, ListTasks, DescribeTasks). The account is
// the signing key's, the region the signature's; each (account, region) has its own clusters. It verifies
// signatures, records the key behind each call and can deny chosen calls.

import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody, startLocalServer, type LocalServer } from './local-server';
import { verifySigV4, type KeyRing } from './sigv4-verify';

/** Cluster name → number of running tasks (one container `app` each), for one account and region. */
export type ClusterSizes = Readonly<Record<string, number>>;

/** One call as the mini ECS saw it. */
export interface EcsRequestRecord {
  readonly action: string;
  readonly accessKeyId?: string;
  readonly region?: string;
  readonly accountId?: string;
}

export interface MiniEcsOptions {
  /** The clusters of an account in a region (none when undefined). */
  readonly clusters: (accountId: string, region: string) => ClusterSizes | undefined;
  /** True to answer this call with AccessDeniedException. */
  readonly deny?: (call: { readonly action: string; readonly accessKeyId: string; readonly region: string }) => boolean;
}

export interface MiniEcs extends LocalServer {
  readonly requests: EcsRequestRecord[];
}

/** A stable 32-hex id for a task or container, distinct per account, region, cluster and index. */
function hexId(...parts: (string | number)[]): string {
  return createHash('sha256').update(parts.join('/')).digest('hex').slice(0, 32);
}

/** The task the mini ECS describes for (account, region, cluster, index). */
export function miniTask(accountId: string, region: string, cluster: string, index: number): Record<string, unknown> {
  const prefix = `arn:aws:ecs:${region}:${accountId}`;
  const taskId = hexId(accountId, region, cluster, index);
  const taskArn = `${prefix}:task/${cluster}/${taskId}`;
  return {
    taskArn,
    clusterArn: `${prefix}:cluster/${cluster}`,
    taskDefinitionArn: `${prefix}:task-definition/web:3`,
    group: 'service:web',
    launchType: 'FARGATE',
    lastStatus: 'RUNNING',
    desiredStatus: 'RUNNING',
    availabilityZone: `${region}a`,
    attachments: [{ type: 'ElasticNetworkInterface', details: [{ name: 'privateIPv4Address', value: `10.0.${index % 250}.${(index % 200) + 10}` }] }],
    containers: [
      {
        containerArn: `${prefix}:container/${cluster}/${taskId}/${hexId('container', accountId, region, cluster, index)}`,
        taskArn,
        name: 'app',
        image: 'nginx:1.27',
        lastStatus: 'RUNNING',
      },
    ],
    tags: [{ key: 'env', value: 'test' }],
  };
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': 'mini-ecs-request' });
  response.end(JSON.stringify(body));
}

function clusterName(nameOrArn: unknown): string {
  const text = typeof nameOrArn === 'string' && nameOrArn !== '' ? nameOrArn : 'default';
  return text.slice(text.lastIndexOf('/') + 1);
}

/** Starts a mini ECS sharing `keys` with the other local servers. */
export async function startMiniEcs(keys: KeyRing, options: MiniEcsOptions): Promise<MiniEcs> {
  const requests: EcsRequestRecord[] = [];

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const body = await readBody(request);
    const target = String(request.headers['x-amz-target'] ?? '');
    const action = target.slice(target.indexOf('.') + 1);
    const verification = verifySigV4(request.method ?? 'POST', request.url ?? '/', request.headers, body, keys);
    if (!verification.ok) {
      requests.push({ action, ...(verification.accessKeyId !== undefined && { accessKeyId: verification.accessKeyId }) });
      sendJson(response, verification.status === 403 && verification.code === 'SignatureDoesNotMatch' ? 403 : 400, {
        __type: verification.code === 'SignatureDoesNotMatch' ? 'InvalidSignatureException' : verification.code,
        message: verification.message,
      });
      return;
    }
    const { accessKeyId, region, key } = verification;
    requests.push({ action, accessKeyId, region, accountId: key.accountId });
    if (options.deny?.({ action, accessKeyId, region })) {
      sendJson(response, 400, {
        __type: 'AccessDeniedException',
        message: `User: ${key.arn} is not authorized to perform: ecs:${action} on resource: *`,
      });
      return;
    }
    const input = JSON.parse(body.toString('utf8') || '{}') as Record<string, unknown>;
    const clusters = options.clusters(key.accountId, region) ?? {};
    const prefix = `arn:aws:ecs:${region}:${key.accountId}`;
    if (action === 'ListClusters') {
      sendJson(response, 200, { clusterArns: Object.keys(clusters).map((c) => `${prefix}:cluster/${c}`) });
      return;
    }
    const cluster = clusterName(input.cluster);
    const size = clusters[cluster];
    if (size === undefined) {
      sendJson(response, 400, { __type: 'ClusterNotFoundException', message: 'Cluster not found.' });
      return;
    }
    const tasks = Array.from({ length: size }, (_, i) => miniTask(key.accountId, region, cluster, i));
    if (action === 'ListTasks') {
      sendJson(response, 200, { taskArns: tasks.map((t) => t.taskArn) });
      return;
    }
    if (action === 'DescribeTasks') {
      const wanted = new Set(Array.isArray(input.tasks) ? input.tasks : []);
      sendJson(response, 200, { tasks: tasks.filter((t) => wanted.has(t.taskArn)), failures: [] });
      return;
    }
    sendJson(response, 400, { __type: 'InvalidParameterException', message: `mini ECS does not serve ${action}` });
  }

  const server = await startLocalServer((request, response) => {
    handle(request, response).catch((error: unknown) => sendJson(response, 500, { __type: 'ServerException', message: String(error) }));
  });
  return { ...server, requests };
}

// A tiny local AWS endpoint for `ecs-nodes check` end-to-end tests: ECS (JSON 1.1) ListClusters, ListTasks,
// DescribeTasks and STS (query protocol) GetCallerIdentity, with per-operation denials. 127.0.0.1 only.

import type { ServerResponse } from 'node:http';
import { readBody, startLocalServer } from './local-server';

export interface CheckServerState {
  /** Cluster name → tasks (DescribeTasks shapes); every task is RUNNING. */
  readonly clusters: Record<string, Record<string, unknown>[]>;
  /** Operations answered with AccessDenied (ECS names, and `GetCallerIdentity` for STS). */
  readonly denied: Set<string>;
  readonly account: string;
  /** Delay before every answer, in ms (to make a run slow enough for progress output). */
  delayMs?: number;
}

export interface CheckServer {
  readonly url: string;
  readonly state: CheckServerState;
  /** Operations received, in order. */
  readonly calls: string[];
  close(): Promise<void>;
}

const REGION = 'eu-west-1';

function clusterArn(account: string, name: string): string {
  return `arn:aws:ecs:${REGION}:${account}:cluster/${name}`;
}

function clusterName(value: unknown): string {
  const text = typeof value === 'string' ? value : 'default';
  return text.slice(text.lastIndexOf('/') + 1);
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/x-amz-json-1.1' });
  res.end(JSON.stringify(body));
}

function ecs(state: CheckServerState, operation: string, input: Record<string, unknown>, res: ServerResponse): void {
  if (state.denied.has(operation)) {
    sendJson(res, 400, { __type: 'AccessDeniedException', message: `User is not authorized to perform: ecs:${operation}` });
    return;
  }
  const cluster = clusterName(input.cluster);
  const tasks = state.clusters[cluster];
  if (operation === 'ListClusters') {
    sendJson(res, 200, { clusterArns: Object.keys(state.clusters).map((name) => clusterArn(state.account, name)) });
  } else if (tasks === undefined) {
    sendJson(res, 400, { __type: 'ClusterNotFoundException', message: 'Cluster not found.' });
  } else if (operation === 'ListTasks') {
    const max = typeof input.maxResults === 'number' ? input.maxResults : 100;
    sendJson(res, 200, { taskArns: tasks.slice(0, max).map((t) => t.taskArn) });
  } else if (operation === 'DescribeTasks') {
    const wanted = new Set(Array.isArray(input.tasks) ? input.tasks : []);
    sendJson(res, 200, { tasks: tasks.filter((t) => wanted.has(t.taskArn)), failures: [] });
  } else {
    sendJson(res, 400, { __type: 'InvalidParameterException', message: `unsupported: ${operation}` });
  }
}

function sts(state: CheckServerState, res: ServerResponse): void {
  res.setHeader('content-type', 'text/xml');
  if (state.denied.has('GetCallerIdentity')) {
    res.writeHead(403);
    res.end('<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>denied</Message></Error><RequestId>1</RequestId></ErrorResponse>');
    return;
  }
  res.writeHead(200);
  res.end(
    '<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult>' +
      `<Arn>arn:aws:iam::${state.account}:user/rundeck</Arn><UserId>AIDAEXAMPLE</UserId><Account>${state.account}</Account>` +
      '</GetCallerIdentityResult><ResponseMetadata><RequestId>1</RequestId></ResponseMetadata></GetCallerIdentityResponse>',
  );
}

/** Starts the server on a free port of 127.0.0.1. */
export async function startCheckServer(state: CheckServerState): Promise<CheckServer> {
  const calls: string[] = [];
  const server = await startLocalServer((req, res) => {
    void readBody(req).then(async (bytes) => {
      const body = bytes.toString('utf8');
      if (state.delayMs) await new Promise((resolve) => setTimeout(resolve, state.delayMs));
      const target = req.headers['x-amz-target'];
      if (typeof target === 'string') {
        const operation = target.split('.').pop() ?? '';
        calls.push(operation);
        ecs(state, operation, body ? (JSON.parse(body) as Record<string, unknown>) : {}, res);
      } else if (new URLSearchParams(body).get('Action') === 'GetCallerIdentity') {
        calls.push('GetCallerIdentity');
        sts(state, res);
      } else {
        res.writeHead(404).end();
      }
    });
  });
  return { url: server.url, state, calls, close: () => server.close() };
}

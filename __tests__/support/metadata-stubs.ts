// Test support: local stand-ins for the EC2 instance metadata service (IMDSv2, with a v1 fallback) and the
// ECS container credentials endpoint, each handing out one known key. Never the real addresses.

import type { ServerResponse } from 'node:http';
import { startLocalServer, type LocalServer } from './local-server';

/** A key a metadata stub hands out; temporary, so it comes with a session token. */
export interface StubKey {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken: string;
}

export interface MetadataStub extends LocalServer {
  /** Paths requested, in order. */
  readonly paths: string[];
}

function credentialsJson(key: StubKey): string {
  return JSON.stringify({
    Code: 'Success',
    LastUpdated: new Date().toISOString(),
    Type: 'AWS-HMAC',
    AccessKeyId: key.accessKeyId,
    SecretAccessKey: key.secretAccessKey,
    Token: key.sessionToken,
    Expiration: new Date(Date.now() + 3600_000).toISOString(),
  });
}

function send(response: ServerResponse, status: number, body: string, type = 'text/plain'): void {
  response.writeHead(status, { 'content-type': type });
  response.end(body);
}

const TOKEN = 'fake-imds-token';
const ROLE = 'rundeck-instance-role';
const CREDENTIALS_PATH = '/latest/meta-data/iam/security-credentials/';

/**
 * An IMDS stub for AWS_EC2_METADATA_SERVICE_ENDPOINT. With `key` undefined it has no instance profile (404),
 * as on an instance without a role.
 */
export async function startImdsStub(key: StubKey | undefined): Promise<MetadataStub> {
  const paths: string[] = [];
  const server = await startLocalServer((request, response) => {
    const path = request.url ?? '/';
    paths.push(`${request.method ?? 'GET'} ${path}`);
    if (request.method === 'PUT' && path === '/latest/api/token') return send(response, 200, TOKEN);
    if (request.headers['x-aws-ec2-metadata-token'] !== TOKEN) return send(response, 401, 'Unauthorized');
    if (!key) return send(response, 404, 'Not Found');
    if (path === CREDENTIALS_PATH) return send(response, 200, ROLE);
    if (path === CREDENTIALS_PATH + ROLE) return send(response, 200, credentialsJson(key), 'application/json');
    return send(response, 404, 'Not Found');
  });
  return { ...server, paths };
}

/** A container credentials stub for AWS_CONTAINER_CREDENTIALS_FULL_URI (any path answers). */
export async function startContainerCredentialsStub(key: StubKey): Promise<MetadataStub> {
  const paths: string[] = [];
  const server = await startLocalServer((request, response) => {
    paths.push(`${request.method ?? 'GET'} ${request.url ?? '/'}`);
    send(response, 200, credentialsJson(key), 'application/json');
  });
  return { ...server, paths };
}

/** A server that accepts connections and never answers: a metadata endpoint that hangs. */
export async function startSilentServer(): Promise<MetadataStub> {
  const paths: string[] = [];
  const server = await startLocalServer((request) => {
    paths.push(`${request.method ?? 'GET'} ${request.url ?? '/'}`);
  });
  return { ...server, paths };
}

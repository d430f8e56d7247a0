// Test support: a minimal STS on 127.0.0.1 (query protocol, XML answers) with AssumeRole and
// GetCallerIdentity. It verifies each signature, records the key that signed it, and issues assumed-role keys
// into the shared key ring so the local ECS server accepts them.

import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody, startLocalServer, type LocalServer } from './local-server';
import { verifySigV4, type KeyRing } from './sigv4-verify';

/** A role the fake STS lets assume. */
export interface FakeRole {
  /** The external id the trust policy requires, if any. */
  readonly externalId?: string;
  /** Access key ids allowed to assume it; any known key when absent. */
  readonly trustedKeys?: readonly string[];
}

/** One request as the fake STS saw it. */
export interface StsRequestRecord {
  readonly action: string;
  /** The access key id that signed the request (undefined when unsigned). */
  readonly accessKeyId?: string;
  readonly region?: string;
  readonly params: Readonly<Record<string, string>>;
}

/** An assumed-role key the fake STS handed out. */
export interface IssuedKey {
  readonly roleArn: string;
  readonly accessKeyId: string;
  readonly sessionName: string;
}

export interface FakeSts extends LocalServer {
  readonly requests: StsRequestRecord[];
  readonly issued: IssuedKey[];
}

const NS = 'https://sts.amazonaws.com/doc/2011-06-15/';

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function sendXml(response: ServerResponse, status: number, body: string): void {
  response.writeHead(status, { 'content-type': 'text/xml', 'x-amzn-requestid': 'fake-sts-request' });
  response.end(`<?xml version="1.0" encoding="UTF-8"?>\n${body}`);
}

function sendError(response: ServerResponse, status: number, code: string, message: string): void {
  sendXml(
    response,
    status,
    `<ErrorResponse xmlns="${NS}"><Error><Type>Sender</Type><Code>${code}</Code><Message>${escapeXml(message)}</Message></Error><RequestId>fake-sts-request</RequestId></ErrorResponse>`,
  );
}

function accountOfRole(roleArn: string): string {
  return roleArn.split(':')[4] ?? '000000000000';
}

/**
 * Starts a fake STS sharing `keys` with the other local servers. `roles` are the roles it lets assume.
 */
export async function startFakeSts(keys: KeyRing, roles: ReadonlyMap<string, FakeRole>): Promise<FakeSts> {
  const requests: StsRequestRecord[] = [];
  const issued: IssuedKey[] = [];
  let counter = 0;

  function assumeRole(response: ServerResponse, params: Record<string, string>, caller: string, callerArn: string): void {
    const roleArn = params.RoleArn ?? '';
    const role = roles.get(roleArn);
    const denied = `User: ${callerArn} is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`;
    if (!role || (role.trustedKeys && !role.trustedKeys.includes(caller)) || role.externalId !== params.ExternalId) {
      sendError(response, 403, 'AccessDenied', denied);
      return;
    }
    counter += 1;
    const accessKeyId = `ASIAFAKE${String(counter).padStart(12, '0')}`;
    const secretAccessKey = randomBytes(30).toString('base64');
    const sessionToken = randomBytes(48).toString('base64');
    const sessionName = params.RoleSessionName ?? '';
    const roleName = roleArn.split('/').pop() ?? 'role';
    const accountId = accountOfRole(roleArn);
    const arn = `arn:aws:sts::${accountId}:assumed-role/${roleName}/${sessionName}`;
    keys.set(accessKeyId, { secretAccessKey, sessionToken, accountId, arn });
    issued.push({ roleArn, accessKeyId, sessionName });
    const expiration = new Date(Date.now() + 3600_000).toISOString();
    sendXml(
      response,
      200,
      `<AssumeRoleResponse xmlns="${NS}"><AssumeRoleResult><AssumedRoleUser><Arn>${escapeXml(arn)}</Arn><AssumedRoleId>AROAFAKE:${escapeXml(sessionName)}</AssumedRoleId></AssumedRoleUser><Credentials><AccessKeyId>${accessKeyId}</AccessKeyId><SecretAccessKey>${secretAccessKey}</SecretAccessKey><SessionToken>${sessionToken}</SessionToken><Expiration>${expiration}</Expiration></Credentials></AssumeRoleResult><ResponseMetadata><RequestId>fake-sts-request</RequestId></ResponseMetadata></AssumeRoleResponse>`,
    );
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const body = await readBody(request);
    const params = Object.fromEntries(new URLSearchParams(body.toString('utf8')));
    const verification = verifySigV4(request.method ?? 'POST', request.url ?? '/', request.headers, body, keys);
    requests.push({
      action: params.Action ?? '',
      params,
      ...(verification.accessKeyId !== undefined && { accessKeyId: verification.accessKeyId }),
      ...(verification.ok && { region: verification.region }),
    });
    if (!verification.ok) {
      sendError(response, verification.status, verification.code === 'UnrecognizedClientException' ? 'InvalidClientTokenId' : verification.code, verification.message);
      return;
    }
    if (params.Action === 'AssumeRole') return assumeRole(response, params, verification.accessKeyId, verification.key.arn);
    if (params.Action === 'GetCallerIdentity') {
      sendXml(
        response,
        200,
        `<GetCallerIdentityResponse xmlns="${NS}"><GetCallerIdentityResult><Arn>${escapeXml(verification.key.arn)}</Arn><UserId>${verification.accessKeyId}</UserId><Account>${verification.key.accountId}</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>fake-sts-request</RequestId></ResponseMetadata></GetCallerIdentityResponse>`,
      );
      return;
    }
    sendError(response, 400, 'InvalidAction', `Could not find operation ${params.Action ?? ''}`);
  }

  const server = await startLocalServer((request, response) => {
    handle(request, response).catch((error: unknown) => sendError(response, 500, 'InternalFailure', String(error)));
  });
  return { ...server, requests, issued };
}

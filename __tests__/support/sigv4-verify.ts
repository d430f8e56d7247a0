// Test support: checks an AWS SigV4 Authorization header against known keys, as AWS does, so local servers
// can tell which key signed a request and refuse a wrong secret.

import { createHash, createHmac } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/** A key the local endpoints accept: its secret, session token (temporary keys) and account. */
export interface KnownKey {
  readonly secretAccessKey: string;
  readonly sessionToken?: string;
  readonly accountId: string;
  /** The identity's ARN, as GetCallerIdentity reports it. */
  readonly arn: string;
}

/** Keys by access key id, shared by the local STS (which adds assumed-role keys) and ECS servers. */
export type KeyRing = Map<string, KnownKey>;

export type Verification =
  | { readonly ok: true; readonly accessKeyId: string; readonly region: string; readonly service: string; readonly key: KnownKey }
  | { readonly ok: false; readonly status: number; readonly code: string; readonly message: string; readonly accessKeyId?: string };

const AUTH = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, ?SignedHeaders=([^,]+), ?Signature=([0-9a-f]{64})$/;

function sha256Hex(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

function hmac(key: string | Buffer, data: string): Buffer {
  return createHmac('sha256', key).update(data).digest();
}

function headerValue(headers: IncomingHttpHeaders, name: string): string {
  const value = headers[name];
  return (Array.isArray(value) ? value.join(',') : (value ?? '')).trim().replace(/\s+/g, ' ');
}

function canonicalQuery(search: string): string {
  const params = [...new URLSearchParams(search)].map(([k, v]) => [encodeRfc3986(k), encodeRfc3986(v)] as const);
  params.sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  return params.map(([k, v]) => `${k}=${v}`).join('&');
}

function encodeRfc3986(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Verifies the request's signature with the key ring; says which key signed it, or why it is refused. */
export function verifySigV4(
  method: string,
  url: string,
  headers: IncomingHttpHeaders,
  body: Buffer,
  keys: KeyRing,
): Verification {
  const match = AUTH.exec(headerValue(headers, 'authorization'));
  if (!match) return { ok: false, status: 403, code: 'MissingAuthenticationToken', message: 'Request is missing Authentication Token' };
  const [, accessKeyId = '', date = '', region = '', service = '', signedHeaders = '', signature = ''] = match;
  const key = keys.get(accessKeyId);
  if (!key) {
    return { ok: false, status: 403, code: 'UnrecognizedClientException', message: 'The security token included in the request is invalid.', accessKeyId };
  }
  if (key.sessionToken !== undefined && headerValue(headers, 'x-amz-security-token') !== key.sessionToken) {
    return { ok: false, status: 403, code: 'UnrecognizedClientException', message: 'The security token included in the request is invalid.', accessKeyId };
  }
  const amzDate = headerValue(headers, 'x-amz-date');
  const { pathname, search } = new URL(url, 'http://local');
  const names = signedHeaders.split(';');
  const canonicalRequest = [
    method,
    pathname,
    canonicalQuery(search),
    ...names.map((n) => `${n}:${headerValue(headers, n)}`),
    '',
    signedHeaders,
    headers['x-amz-content-sha256'] ? headerValue(headers, 'x-amz-content-sha256') : sha256Hex(body),
  ].join('\n');
  const scope = `${date}/${region}/${service}/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256Hex(canonicalRequest)].join('\n');
  const signingKey = hmac(hmac(hmac(hmac(`AWS4${key.secretAccessKey}`, date), region), service), 'aws4_request');
  const expected = createHmac('sha256', signingKey).update(stringToSign).digest('hex');
  if (expected !== signature) {
    return { ok: false, status: 403, code: 'SignatureDoesNotMatch', message: 'The request signature we calculated does not match the signature you provided.', accessKeyId };
  }
  return { ok: true, accessKeyId, region, service, key };
}

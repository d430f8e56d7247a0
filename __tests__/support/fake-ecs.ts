// Test support: a local ECS-compatible HTTP endpoint (JSON 1.1, SigV4-signed requests accepted, not verified)
// on 127.0.0.1, serving generated estates per region, with fault switches and call counters. Used by jest
// tests and by bench scripts run with tsx.

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { randomUUID } from 'node:crypto';
import { generateEstate, type EstateSpec, type FakeEstate } from './fake-ecs-estate';
import { delayFor, faultFor, isFaultable, TokenBucket, type FakeEcsFaults } from './fake-ecs-faults';
import { FakeEcsError, OPERATIONS, type OperationContext } from './fake-ecs-operations';

const TARGET_PREFIX = 'AmazonEC2ContainerServiceV20141113.';
const MAX_BODY_BYTES = 1024 * 1024;
const MAX_RECORDED_REQUESTS = 100_000;

export interface FakeEcsOptions {
  /**
   * Estates by region: a spec to generate from, or a ready estate (tests may build or edit one).
   * Default: `{ 'us-east-1': {} }`. A region not listed has no clusters.
   */
  readonly regions?: Readonly<Record<string, EstateSpec | FakeEstate>>;
  /** Faults from the start; change them later with `setFaults`. */
  readonly faults?: FakeEcsFaults;
  /** Keep the request log (`requests()`); default true. */
  readonly recordRequests?: boolean;
}

/** One call as the endpoint saw it. */
export interface RecordedRequest {
  readonly operation: string;
  readonly region: string;
  readonly accessKeyId?: string;
  readonly input: Readonly<Record<string, unknown>>;
  /** HTTP status answered; 0 when the call hung or its connection was dropped. */
  status: number;
  /** `__type` of the error answered, if any. */
  errorType?: string;
}

/** Counters since start (or the last `resetStats`). */
export interface FakeEcsStats {
  /** Calls received per operation, faulted ones included. */
  readonly calls: Record<string, number>;
  /** Calls answered with ThrottlingException (every-Nth and token bucket). */
  throttled: number;
  /** Throttled calls per operation. */
  readonly throttledByOperation: Record<string, number>;
  serverErrors: number;
  dropped: number;
  hung: number;
  accessDenied: number;
  /** Calls per region (from the SigV4 credential scope). */
  readonly regions: Record<string, number>;
  /** Distinct access key ids that signed calls, in order of first use. */
  readonly accessKeyIds: string[];
  /** Requests in flight now, and the most ever in flight at once. */
  inFlight: number;
  maxInFlight: number;
}

export interface FakeEcs {
  /** Base URL for `--endpoint-url` / the SDK's `endpoint`, e.g. `http://127.0.0.1:40123`. */
  readonly url: string;
  /** A snapshot of the counters. */
  stats(): FakeEcsStats;
  resetStats(): void;
  /** The request log (a copy), oldest first. */
  requests(): RecordedRequest[];
  /** Replaces the fault switches (and resets their "every Nth" counter and token buckets). */
  setFaults(faults: FakeEcsFaults): void;
  /** The live estate of a region (edit it to change what the endpoint answers). */
  estate(region: string): FakeEstate;
  /** Stops listening, ends hanging and pending calls, closes every connection. */
  close(): Promise<void>;
}

function emptyStats(): FakeEcsStats {
  return { calls: {}, throttled: 0, throttledByOperation: {}, serverErrors: 0, dropped: 0, hung: 0, accessDenied: 0, regions: {}, accessKeyIds: [], inFlight: 0, maxInFlight: 0 };
}

function cloneStats(stats: FakeEcsStats): FakeEcsStats {
  return { ...stats, calls: { ...stats.calls }, throttledByOperation: { ...stats.throttledByOperation }, regions: { ...stats.regions }, accessKeyIds: [...stats.accessKeyIds] };
}

/** Access key id and region from `Authorization: AWS4-HMAC-SHA256 Credential=AKID/DATE/REGION/SERVICE/aws4_request, …`. */
export function parseCredentialScope(authorization: string | undefined): { accessKeyId?: string; region?: string } {
  const match = /Credential=([^/,\s]+)\/\d{8}\/([^/,\s]+)\/[^/,\s]+\/aws4_request/.exec(authorization ?? '');
  return match ? { accessKeyId: match[1], region: match[2] } : {};
}

function isEstate(value: EstateSpec | FakeEstate): value is FakeEstate {
  return Array.isArray((value as FakeEstate).clusters);
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new FakeEcsError('SerializationException', 'Request body too large.'));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/** Starts the endpoint on 127.0.0.1 (a free port). */
export async function startFakeEcs(options: FakeEcsOptions = {}): Promise<FakeEcs> {
  const estates = new Map<string, FakeEstate>();
  for (const [region, value] of Object.entries(options.regions ?? { 'us-east-1': {} })) {
    estates.set(region, isEstate(value) ? value : generateEstate(region, value));
  }
  const recordRequests = options.recordRequests ?? true;
  let faults: FakeEcsFaults = options.faults ?? {};
  let faultableCalls = 0;
  let buckets = new Map<string, TokenBucket>();
  let stats = emptyStats();
  const log: RecordedRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const hanging = new Set<ServerResponse>();
  const sockets = new Set<Socket>();
  let closed = false;

  const estateOf = (region: string): FakeEstate => {
    let estate = estates.get(region);
    if (!estate) {
      estate = { region, accountId: '123456789012', clusters: [] };
      estates.set(region, estate);
    }
    return estate;
  };

  const sleep = (ms: number): Promise<void> =>
    ms <= 0
      ? Promise.resolve()
      : new Promise((resolve) => {
          const timer = setTimeout(() => {
            timers.delete(timer);
            resolve();
          }, ms);
          timers.add(timer);
        });

  const send = (response: ServerResponse, status: number, body: unknown, record?: RecordedRequest): void => {
    if (record) {
      record.status = status;
      const type = (body as { __type?: unknown }).__type;
      if (typeof type === 'string') record.errorType = type;
    }
    if (response.destroyed || response.writableEnded) return;
    const text = JSON.stringify(body);
    response.writeHead(status, {
      'content-type': 'application/x-amz-json-1.1',
      'content-length': Buffer.byteLength(text),
      'x-amzn-requestid': randomUUID(),
    });
    response.end(text);
  };

  const sendError = (response: ServerResponse, error: FakeEcsError, record?: RecordedRequest): void =>
    send(response, error.status, { __type: error.type, message: error.message }, record);

  const handle = async (request: IncomingMessage, response: ServerResponse, state: { record?: RecordedRequest }): Promise<void> => {
    const body = await readBody(request);
    const target = request.headers['x-amz-target'];
    if (request.method !== 'POST' || typeof target !== 'string' || !target.startsWith(TARGET_PREFIX)) {
      throw new FakeEcsError('UnknownOperationException', `Unknown operation ${String(target)}`);
    }
    const operation = target.slice(TARGET_PREFIX.length);
    const { accessKeyId, region: scopeRegion } = parseCredentialScope(request.headers.authorization);
    if (!accessKeyId || !scopeRegion) throw new FakeEcsError('MissingAuthenticationTokenException', 'Missing Authentication Token');
    let input: Record<string, unknown>;
    try {
      const parsed: unknown = body === '' ? {} : JSON.parse(body);
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object');
      input = parsed as Record<string, unknown>;
    } catch {
      throw new FakeEcsError('SerializationException', 'Malformed JSON body.');
    }
    const region = scopeRegion;
    stats.calls[operation] = (stats.calls[operation] ?? 0) + 1;
    stats.regions[region] = (stats.regions[region] ?? 0) + 1;
    if (!stats.accessKeyIds.includes(accessKeyId)) stats.accessKeyIds.push(accessKeyId);
    const record: RecordedRequest = { operation, region, accessKeyId, input, status: 0 };
    state.record = record;
    if (recordRequests && log.length < MAX_RECORDED_REQUESTS) log.push(record);

    const n = isFaultable(faults, operation) ? ++faultableCalls : undefined;
    await sleep(delayFor(faults, n));
    if (closed) return;
    const fault = faultFor(faults, n);
    if (fault.kind === 'hang') {
      stats.hung += 1;
      hanging.add(response);
      response.on('close', () => hanging.delete(response));
      return;
    }
    if (fault.kind === 'drop') {
      stats.dropped += 1;
      request.socket.destroy();
      return;
    }
    if (fault.kind === 'server-error') {
      stats.serverErrors += 1;
      throw new FakeEcsError('ServerException', 'Service unavailable (injected).', 500);
    }
    const throttle = (): never => {
      stats.throttled += 1;
      stats.throttledByOperation[operation] = (stats.throttledByOperation[operation] ?? 0) + 1;
      throw new FakeEcsError('ThrottlingException', 'Rate exceeded');
    };
    if (fault.kind === 'throttle') throttle();
    if (faults.tokenBucket) {
      let bucket = buckets.get(region);
      if (!bucket) buckets.set(region, (bucket = new TokenBucket(faults.tokenBucket)));
      if (!bucket.take()) throttle();
    }
    if (faults.rejectedAccessKeyIds?.includes(accessKeyId)) {
      throw new FakeEcsError('UnrecognizedClientException', 'The security token included in the request is invalid.');
    }
    const implementation = OPERATIONS[operation];
    if (!implementation) throw new FakeEcsError('UnknownOperationException', `Unknown operation ${operation}`);
    const estate = estateOf(region);
    if (faults.accessDeniedRegions?.includes(region)) {
      throw new FakeEcsError('AccessDeniedException', `User is not authorized to perform ecs:${operation} in ${region}`);
    }
    const denied = faults.accessDeniedClusters ?? [];
    const ctx: OperationContext = { estate, isDenied: (cluster) => denied.includes(cluster.name), vanishEvery: faults.vanishEvery ?? 0 };
    send(response, 200, implementation(ctx, input), record);
  };

  const server = createServer((request, response) => {
    stats.inFlight += 1;
    stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
    let done = false;
    const finish = (): void => {
      if (done) return;
      done = true;
      stats.inFlight -= 1;
    };
    response.on('close', finish);
    const state: { record?: RecordedRequest } = {};
    handle(request, response, state).catch((error: unknown) => {
      const fakeError = error instanceof FakeEcsError ? error : new FakeEcsError('InternalFailure', String(error), 500);
      if (fakeError.type === 'AccessDeniedException') stats.accessDenied += 1;
      sendError(response, fakeError, state.record);
    });
  });
  server.keepAliveTimeout = 5000;
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('fake ECS: no TCP address');
  const url = `http://127.0.0.1:${address.port}`;

  return {
    url,
    stats: () => cloneStats(stats),
    resetStats: () => {
      const inFlight = stats.inFlight;
      stats = emptyStats();
      stats.inFlight = inFlight;
      log.length = 0;
    },
    requests: () => log.map((r) => ({ ...r })),
    setFaults: (next) => {
      faults = next;
      faultableCalls = 0;
      buckets = new Map();
    },
    estate: estateOf,
    close: async () => {
      closed = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      for (const response of hanging) response.destroy();
      hanging.clear();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
        for (const socket of sockets) socket.destroy();
      });
    },
  };
}

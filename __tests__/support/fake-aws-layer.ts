// Test support: the real AWS layer with fixed fake credentials, for library runs against the fake endpoint.

import { loadAwsLayer, type AwsLayer } from '../../src/aws/load-aws';
import { DEFAULT_OPTIONS, type Options } from '../../src/options';

export const FAKE_ACCESS_KEY_ID = 'AKIAFAKEFAKEFAKE0005';

/** The AWS layer whose clients sign with fake credentials (no credential chain, no metadata lookups). */
export function fakeCredentialsLayer(): AwsLayer {
  const layer = loadAwsLayer();
  return {
    ...layer,
    createEcsClient: (settings) =>
      layer.createEcsClient({ ...settings, credentials: { accessKeyId: FAKE_ACCESS_KEY_ID, secretAccessKey: 'fake-secret' } }),
  };
}

/** Options for a run against `endpointUrl` in `region`, with overrides. */
export function fakeRunOptions(endpointUrl: string, region: string, overrides: Partial<Options> = {}): Options {
  return {
    ...DEFAULT_OPTIONS,
    scope: { regions: [region], clusters: [] },
    // The client rate limit is raised out of the way: tests that want it set it.
    aws: { ...DEFAULT_OPTIONS.aws, endpointUrl, maxAttempts: 3, maxRequestsPerSecond: 10_000 },
    ...overrides,
  };
}

// The ECS client: region, endpoint, profile, attempts and timeouts as configured.

import { createEcsClient, resolveRegion } from '../../src/aws/ecs-client';

describe('createEcsClient', () => {
  it('applies region, endpoint, profile and attempts, with standard retries (the pacing is ours)', async () => {
    const client = createEcsClient({ region: 'eu-west-1', endpointUrl: 'http://127.0.0.1:4566', profile: 'ops', maxAttempts: 3 });
    try {
      await expect(resolveRegion(client)).resolves.toBe('eu-west-1');
      await expect(client.config.maxAttempts()).resolves.toBe(3);
      expect(await client.config.retryStrategy()).toHaveProperty('mode', 'standard');
      expect(await client.config.endpoint?.()).toMatchObject({ hostname: '127.0.0.1', port: 4566, protocol: 'http:' });
      expect((client.config as { profile?: string }).profile).toBe('ops');
    } finally {
      client.destroy();
    }
  });

  it('leaves the endpoint to the SDK when none is given', () => {
    const client = createEcsClient({ region: 'eu-west-1', maxAttempts: 8 });
    try {
      expect(client.config.isCustomEndpoint).toBe(false);
    } finally {
      client.destroy();
    }
  });
});

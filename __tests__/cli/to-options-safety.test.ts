// toOptions for the safety flags: --timeout, --allow-partial, --min-nodes, --max-shrink.

import { UsageError } from '../../src/errors';
import { toOptions } from '../../src/cli/to-options';

describe('toOptions safety flags', () => {
  it('has a 600 s deadline (60 s per request), no guard, and fails on any failed scope by default', () => {
    const options = toOptions({});
    expect(options.safety).toEqual({ allowPartial: false, timeoutMs: 600_000 });
    expect(options.aws.requestTimeoutMs).toBe(60_000);
  });

  it.each<[number, number, number]>([
    [0.5, 500, 500],
    [2, 2000, 1000],
    [4, 4000, 1000],
    [60, 60000, 15000],
    [1000, 1_000_000, 60_000],
  ])('--timeout %d: a %d ms run deadline, %d ms per request', (timeout, runMs, requestMs) => {
    const options = toOptions({ timeout });
    expect(options.safety?.timeoutMs).toBe(runMs);
    expect(options.aws.requestTimeoutMs).toBe(requestMs);
  });

  it('carries --allow-partial, --min-nodes and --max-shrink', () => {
    expect(toOptions({ allowPartial: true, minNodes: 3, maxShrink: 12.5, output: 'ecs.yaml' }).safety).toEqual({
      allowPartial: true,
      minNodes: 3,
      maxShrinkPercent: 12.5,
      timeoutMs: 600_000,
    });
  });

  it('refuses --max-shrink without --output', () => {
    expect(() => toOptions({ maxShrink: 10 })).toThrow(UsageError);
  });
});

describe('toOptions regions and cluster ARNs', () => {
  const EU = 'arn:aws:ecs:eu-west-1:123456789012:cluster/prod-web';
  it('takes the regions from the clusters when every cluster is an ARN and --region is not given', () => {
    expect(toOptions({ clusters: [EU] }).scope.regions).toEqual(['eu-west-1']);
    expect(toOptions({ clusters: [EU, 'batch'] }).scope.regions).toEqual([]);
  });
  it('refuses a cluster ARN in a region that --region leaves out', () => {
    expect(() => toOptions({ region: ['us-east-1'], clusters: [EU] })).toThrow(UsageError);
    expect(toOptions({ region: ['us-east-1', 'eu-west-1'], clusters: [EU, 'batch'] }).scope.regions).toEqual(['us-east-1', 'eu-west-1']);
  });
});

describe('toOptions output', () => {
  it('reads "-o -" as stdout, as "--input -" is stdin', () => {
    expect(toOptions({ output: '-' }).output).toBeUndefined();
    expect(toOptions({ output: 'nodes.yaml' }).output).toBe('nodes.yaml');
  });
});

// ScopeOutcomes: failing scopes fail the run by default; with allowPartial they become warnings.

import { AwsError, UsageError } from '../src/errors';
import { ScopeOutcomes } from '../src/scope-outcomes';

const denied = new AwsError('access denied: ecs:ListTasks on cluster b, region us-east-1');
const ok = async (): Promise<void> => undefined;
const fail = (error: Error) => async (): Promise<void> => {
  throw error;
};

describe('ScopeOutcomes', () => {
  it('rethrows the failure by default', async () => {
    const outcomes = new ScopeOutcomes(false);
    await outcomes.run('cluster a in region us-east-1', ok);
    await expect(outcomes.run('cluster b in region us-east-1', fail(denied))).rejects.toThrow(denied);
  });

  it('turns AWS failures into one warning per scope with allowPartial', async () => {
    const outcomes = new ScopeOutcomes(true);
    await outcomes.run('cluster a in region us-east-1', ok);
    await outcomes.run('cluster b in region us-east-1', fail(denied));
    await outcomes.run('region eu-west-1', fail(new AwsError('access denied: ecs:ListClusters on region eu-west-1')), false);
    expect(outcomes.warnings()).toEqual([
      'skipped cluster b in region us-east-1 (--allow-partial): access denied: ecs:ListTasks on cluster b, region us-east-1',
      'skipped region eu-west-1 (--allow-partial): access denied: ecs:ListClusters on region eu-west-1',
    ]);
  });

  it('rethrows errors that are not AWS failures even with allowPartial', async () => {
    const outcomes = new ScopeOutcomes(true);
    await expect(outcomes.run('region (default)', fail(new UsageError('no AWS region')))).rejects.toThrow(UsageError);
    await expect(outcomes.run('cluster a', fail(new TypeError('bug')))).rejects.toThrow(TypeError);
  });

  it('throws the first failure when no scope could be listed at all', async () => {
    const outcomes = new ScopeOutcomes(true);
    await outcomes.run('region us-east-1', ok, false);
    await outcomes.run('cluster b in region us-east-1', fail(denied));
    expect(() => outcomes.warnings()).toThrow(denied);
  });

  it('counts a region without clusters as listed', async () => {
    const outcomes = new ScopeOutcomes(true);
    outcomes.markListed();
    await outcomes.run('cluster b in region us-east-1', fail(denied));
    expect(outcomes.warnings()).toHaveLength(1);
  });
});

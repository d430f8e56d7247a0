// When a check report says listing works.

import { isListingOk, type AccessResult, type CheckReport, type ClusterCheck, type RegionCheck } from '../../src/check/check-report';

const allowed: AccessResult = { state: 'allowed' };
const denied: AccessResult = { state: 'denied', detail: 'access denied' };
const failed: AccessResult = { state: 'failed', detail: 'timed out' };
const skipped: AccessResult = { state: 'skipped' };

function cluster(listTasks: AccessResult, describeTasks: AccessResult): ClusterCheck {
  return { region: 'eu-west-1', cluster: 'c', listTasks, describeTasks, services: [] };
}

function report(region: Partial<RegionCheck>, identity: AccessResult = allowed): CheckReport {
  return { identity: { access: identity }, regions: [{ region: 'eu-west-1', listClusters: allowed, clusters: [], ...region }] };
}

describe('isListingOk', () => {
  it.each<[string, CheckReport, boolean]>([
    ['everything allowed', report({ clusters: [cluster(allowed, allowed)] }), true],
    ['DescribeTasks skipped (no task)', report({ clusters: [cluster(allowed, skipped)] }), true],
    ['no clusters at all', report({}), true],
    ['identity denied does not matter for listing', report({ clusters: [cluster(allowed, allowed)] }, denied), true],
    ['ListTasks denied', report({ clusters: [cluster(denied, skipped)] }), false],
    ['DescribeTasks denied', report({ clusters: [cluster(allowed, denied)] }), false],
    ['DescribeTasks failed', report({ clusters: [cluster(allowed, failed)] }), false],
    ['ListClusters denied', report({ listClusters: denied }), false],
    ['region unresolved', report({ error: 'no AWS region' }), false],
  ])('%s → %p', (_name, r, expected) => {
    expect(isListingOk(r)).toBe(expected);
  });
});

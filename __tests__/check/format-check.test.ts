// The check report as a table for people and as JSON for scripts.

import type { CheckReport } from '../../src/check/check-report';
import { formatCheckJson, formatCheckTable } from '../../src/check/format-check';
import { plainStyle } from '../../src/util/style';

const report: CheckReport = {
  identity: { access: { state: 'allowed' }, identity: { account: '123456789012', arn: 'arn:aws:iam::123456789012:user/ops', userId: 'AIDAEXAMPLE' } },
  regions: [
    {
      region: 'eu-west-1',
      listClusters: { state: 'allowed' },
      clusters: [
        {
          region: 'eu-west-1',
          cluster: 'prod',
          listTasks: { state: 'allowed' },
          describeTasks: { state: 'allowed' },
          runningTasks: 3,
          services: [
            { region: 'eu-west-1', cluster: 'prod', service: 'web', tasks: 2, execEnabled: 2, agentRunning: 2, platformOk: 2, problems: [] },
            {
              region: 'eu-west-1',
              cluster: 'prod',
              service: 'cart',
              tasks: 1,
              execEnabled: 0,
              agentRunning: 0,
              platformOk: 1,
              problems: [{ kind: 'exec-disabled', tasks: 1, problem: 'ECS Exec is off on 1 of 1 task', fix: 'aws ecs update-service --region eu-west-1 --cluster prod --service cart --enable-execute-command --force-new-deployment' }],
            },
          ],
        },
        { region: 'eu-west-1', cluster: 'locked', listTasks: { state: 'denied', detail: 'access denied: ecs:ListTasks on cluster locked, region eu-west-1' }, describeTasks: { state: 'skipped' }, services: [] },
      ],
    },
  ],
};

describe('formatCheckTable', () => {
  it('shows identity, regions, clusters, exec readiness, fixes and the verdict', () => {
    expect(formatCheckTable(report, plainStyle)).toBe(
      [
        'Identity  arn:aws:iam::123456789012:user/ops (account 123456789012)',
        'Region    eu-west-1: 2 cluster(s), ListClusters allowed',
        '',
        'CLUSTER  REGION     LISTTASKS  DESCRIBETASKS  RUNNING TASKS',
        'prod     eu-west-1  allowed    allowed        3',
        'locked   eu-west-1  denied     skipped        -',
        '  access denied: ecs:ListTasks on cluster locked, region eu-west-1',
        '',
        'ECS Exec',
        'CLUSTER  SERVICE  TASKS  EXEC ON  AGENT RUNNING  PLATFORM OK  EXEC',
        'prod     web      2      2        2              2            ready',
        'prod     cart     1      0        0              1            not ready',
        '',
        'Fixes',
        '- prod/cart: ECS Exec is off on 1 of 1 task',
        '  fix: aws ecs update-service --region eu-west-1 --cluster prod --service cart --enable-execute-command --force-new-deployment',
        '',
        'Listing would fail: see the denied or failed calls above.',
        '',
      ].join('\n'),
    );
  });

  it('names the identity failure and a region that could not be resolved', () => {
    const text = formatCheckTable(
      { identity: { access: { state: 'failed', detail: 'no AWS credentials found' } }, regions: [{ region: '(none)', error: 'no AWS region: pass --region', listClusters: { state: 'skipped' }, clusters: [] }] },
      plainStyle,
    );
    expect(text).toContain('Identity  failed: no AWS credentials found');
    expect(text).toContain('Region    (none): no AWS region: pass --region');
  });
});

describe('formatCheckJson', () => {
  it('is the report with listingOk on top', () => {
    const parsed = JSON.parse(formatCheckJson(report)) as Record<string, unknown>;
    expect(Object.keys(parsed)[0]).toBe('listingOk');
    expect(parsed).toEqual({ listingOk: false, ...report });
  });
});

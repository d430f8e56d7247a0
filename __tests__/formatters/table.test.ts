// The table view: image tags, alignment, and where colour goes.

import { formatTable, imageTagOf, TABLE_COLUMNS } from '../../src/formatters/table';
import { ATTR } from '../../src/nodes/attributes';
import type { RundeckNode } from '../../src/nodes/rundeck-node';
import { plainStyle, type Style } from '../../src/util/style';

function node(nodename: string, attributes: Record<string, string>): RundeckNode {
  return { nodename, tags: [], attributes };
}

const web = node('app-1', {
  [ATTR.clusterName]: 'prod',
  [ATTR.serviceName]: 'web',
  [ATTR.containerName]: 'app',
  [ATTR.containerImage]: '123456789012.dkr.ecr.eu-west-1.amazonaws.com/web:2.1.0',
  [ATTR.privateIp]: '10.0.0.7',
  [ATTR.containerLastStatus]: 'RUNNING',
  [ATTR.containerHealthStatus]: 'HEALTHY',
  [ATTR.execEnabled]: 'true',
  [ATTR.execReady]: 'true',
});
const job = node('migrate-22', {
  [ATTR.clusterName]: 'batch',
  [ATTR.containerName]: 'migrate',
  [ATTR.containerImage]: 'migrate',
  [ATTR.containerLastStatus]: 'RUNNING',
  [ATTR.containerHealthStatus]: 'UNHEALTHY',
  [ATTR.execEnabled]: 'true',
  [ATTR.execReady]: 'false',
});

/** A style that shows where colour would go, without escape codes. */
const tagStyle: Style = {
  good: (t) => `[good:${t.trimEnd()}]`,
  bad: (t) => `[bad:${t.trimEnd()}]`,
  warn: (t) => `[warn:${t.trimEnd()}]`,
  dim: (t) => `[dim:${t.trimEnd()}]`,
  bold: (t) => t,
};

describe('imageTagOf', () => {
  it.each([
    ['nginx:1.27', '1.27'],
    ['nginx', 'latest'],
    ['registry.local:5000/team/app', 'latest'],
    ['registry.local:5000/team/app:v2', 'v2'],
    ['app@sha256:3f1c9a7e5b2d4c6a8e0f1b3d5c7a9e2f', '@sha256:3f1c9a7e5b2d'],
    [undefined, '-'],
  ])('%p → %p', (image, tag) => {
    expect(imageTagOf(image)).toBe(tag);
  });
});

describe('formatTable', () => {
  it('writes a heading, one aligned row per node and a count, plain with plainStyle', () => {
    expect(formatTable([web, job], plainStyle)).toBe(
      [
        'NODE        CLUSTER  SERVICE  CONTAINER  IMAGE TAG  IP        STATUS             EXEC',
        'app-1       prod     web      app        2.1.0      10.0.0.7  RUNNING/HEALTHY    ready',
        'migrate-22  batch    -        migrate    latest     -         RUNNING/UNHEALTHY  agent-down',
        '2 nodes',
        '',
      ].join('\n'),
    );
  });

  it('colours health and exec readiness through the style', () => {
    const lines = formatTable([web, job, node('x', { [ATTR.containerHealthStatus]: 'UNKNOWN' })], tagStyle).split('\n');
    expect(lines[1]).toContain('[good:RUNNING/HEALTHY]');
    expect(lines[1]).toContain('[good:ready]');
    expect(lines[2]).toContain('[bad:RUNNING/UNHEALTHY]');
    expect(lines[2]).toContain('[bad:agent-down]');
    expect(lines[3]).toContain('[warn:UNKNOWN]');
    expect(lines[3]).toContain('[dim:off]');
  });

  it('writes only the heading and the count for no nodes', () => {
    expect(formatTable([], plainStyle)).toBe(`${TABLE_COLUMNS.join('  ')}\n0 nodes\n`);
  });
});

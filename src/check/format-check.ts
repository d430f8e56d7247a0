// The check report for people (aligned tables, fixes, verdict) and for scripts (JSON). Pure.

import { alignColumns, type Cell } from '../util/align-columns';
import type { Style } from '../util/style';
import { isListingOk, type AccessResult, type CheckReport } from './check-report';
import type { ServiceExecReport } from './exec-readiness';

function accessPaint(result: AccessResult, style: Style): (text: string) => string {
  return { allowed: style.good, denied: style.bad, failed: style.bad, skipped: style.dim }[result.state];
}

function accessCell(result: AccessResult, style: Style): Cell {
  return { text: result.state, paint: accessPaint(result, style) };
}

function heading(titles: readonly string[], style: Style): Cell[] {
  return titles.map((text) => ({ text, paint: style.bold }));
}

function identityLines(report: CheckReport, style: Style): string[] {
  const { identity, access } = report.identity;
  if (identity) return [`${style.bold('Identity')}  ${identity.arn} (account ${identity.account})`];
  return [`${style.bold('Identity')}  ${style.bad(access.state)}: ${access.detail ?? 'unknown'}`];
}

function regionLines(report: CheckReport, style: Style): string[] {
  const lines: string[] = [];
  for (const region of report.regions) {
    const label = `${style.bold('Region')}    ${region.region}${region.roleArn !== undefined ? ` as role ${region.roleArn}` : ''}`;
    if (region.error !== undefined) {
      lines.push(`${label}: ${style.bad(region.error)}`);
      continue;
    }
    const { listClusters } = region;
    const listed = listClusters.state === 'skipped' ? '' : `, ListClusters ${accessPaint(listClusters, style)(listClusters.state)}`;
    lines.push(`${label}: ${region.clusters.length} cluster(s)${listed}`);
    if (listClusters.state === 'denied' || listClusters.state === 'failed') lines.push(`  ${listClusters.detail ?? ''}`);
  }
  return lines;
}

function clusterTable(report: CheckReport, style: Style): string[] {
  const clusters = report.regions.flatMap((r) => r.clusters);
  if (clusters.length === 0) return [];
  const rows: Cell[][] = [heading(['CLUSTER', 'REGION', 'LISTTASKS', 'DESCRIBETASKS', 'RUNNING TASKS'], style)];
  for (const c of clusters) {
    const running = c.runningTasks === undefined ? '-' : String(c.runningTasks);
    rows.push([{ text: c.cluster }, { text: c.region }, accessCell(c.listTasks, style), accessCell(c.describeTasks, style), { text: running }]);
  }
  const details = clusters.flatMap((c) =>
    [c.listTasks, c.describeTasks].filter((a) => a.state === 'denied' || a.state === 'failed').map((a) => `  ${a.detail ?? ''}`),
  );
  return ['', ...alignColumns(rows), ...details];
}

function groupName(s: ServiceExecReport): string {
  return s.service ?? `(standalone ${s.family ?? 'task'})`;
}

function execTable(services: readonly ServiceExecReport[], style: Style): string[] {
  if (services.length === 0) return [];
  const rows: Cell[][] = [heading(['CLUSTER', 'SERVICE', 'TASKS', 'EXEC ON', 'AGENT RUNNING', 'PLATFORM OK', 'EXEC'], style)];
  for (const s of services) {
    const ready = s.problems.length === 0;
    rows.push([
      { text: s.cluster },
      { text: groupName(s) },
      { text: String(s.tasks) },
      { text: String(s.execEnabled) },
      { text: String(s.agentRunning) },
      { text: String(s.platformOk) },
      ready ? { text: 'ready', paint: style.good } : { text: 'not ready', paint: style.warn },
    ]);
  }
  return ['', style.bold('ECS Exec'), ...alignColumns(rows)];
}

function fixLines(services: readonly ServiceExecReport[], style: Style): string[] {
  const lines: string[] = [];
  for (const s of services) {
    for (const p of s.problems) {
      lines.push(`- ${s.cluster}/${groupName(s)}: ${p.problem}`, `  fix: ${style.dim(p.fix)}`);
    }
  }
  return lines.length > 0 ? ['', style.bold('Fixes'), ...lines] : [];
}

/** The report as text for a terminal: identity, regions, clusters, exec readiness, fixes and a verdict line. */
export function formatCheckTable(report: CheckReport, style: Style): string {
  const services = report.regions.flatMap((r) => r.clusters.flatMap((c) => c.services));
  const verdict = isListingOk(report)
    ? style.good('Listing works: ecs-nodes can build the inventory with these credentials.')
    : style.bad('Listing would fail: see the denied or failed calls above.');
  const lines = [
    ...identityLines(report, style),
    ...regionLines(report, style),
    ...clusterTable(report, style),
    ...execTable(services, style),
    ...fixLines(services, style),
    '',
    verdict,
  ];
  return `${lines.join('\n')}\n`;
}

/** The report as JSON for scripts, with `listingOk` on top. */
export function formatCheckJson(report: CheckReport): string {
  return `${JSON.stringify({ listingOk: isListingOk(report), ...report }, null, 2)}\n`;
}

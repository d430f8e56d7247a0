// The data of an `ecs-nodes check` run: identity, per-region and per-cluster access, exec readiness. Pure.

import type { ServiceExecReport } from './exec-readiness';

/** The outcome of one permission probe. */
export type AccessState = 'allowed' | 'denied' | 'failed' | 'skipped';

export interface AccessResult {
  readonly state: AccessState;
  /** Why it was denied, failed or skipped: one line. */
  readonly detail?: string;
}

/** Who the credentials are (sts:GetCallerIdentity). */
export interface CallerIdentity {
  readonly account: string;
  readonly arn: string;
  readonly userId: string;
}

export interface IdentityCheck {
  readonly access: AccessResult;
  readonly identity?: CallerIdentity;
}

export interface ClusterCheck {
  readonly region: string;
  readonly cluster: string;
  readonly listTasks: AccessResult;
  readonly describeTasks: AccessResult;
  /** Running tasks found by the full listing, when both calls are allowed. */
  readonly runningTasks?: number;
  /** Exec readiness per service (and per standalone task family). */
  readonly services: readonly ServiceExecReport[];
}

export interface RegionCheck {
  /** The region name, or the requested one when it could not be resolved. */
  readonly region: string;
  /** The role the region was checked under (--role-arn); absent for the base credentials. */
  readonly roleArn?: string;
  /** Present when the region itself failed (no region, no credentials). */
  readonly error?: string;
  /** ecs:ListClusters, probed only when no --clusters were given. */
  readonly listClusters: AccessResult;
  readonly clusters: readonly ClusterCheck[];
}

export interface CheckReport {
  readonly identity: IdentityCheck;
  readonly regions: readonly RegionCheck[];
}

function usable(result: AccessResult): boolean {
  return result.state === 'allowed' || result.state === 'skipped';
}

/**
 * True when an inventory run with the same scope would work: every region resolved, clusters listable,
 * and ListTasks and DescribeTasks allowed on every cluster (DescribeTasks is skipped on a cluster without tasks).
 * Identity and exec readiness do not count: listing needs neither.
 */
export function isListingOk(report: CheckReport): boolean {
  return report.regions.every(
    (region) =>
      region.error === undefined &&
      usable(region.listClusters) &&
      region.clusters.every((c) => c.listTasks.state === 'allowed' && usable(c.describeTasks)),
  );
}

// Filter push-down: which ListTasks listings a cluster needs for a filter (whole cluster, per service or per
// task definition family). Pure. Client-side filtering still runs on what comes back, so semantics stay exact.

import type { Filter } from '../options';
import { lastSegment, taskDefinitionParts } from '../util/arn';

/** The ListTasks narrowing of one listing; `{}` lists the whole cluster. */
export interface ListFilter {
  readonly serviceName?: string;
  readonly family?: string;
}

/**
 * Beyond this many services or families, one listing of the whole cluster is cheaper than one listing each
 * (every listing costs at least one call per cluster, even when the service is absent there).
 */
export const MAX_PUSHED_DOWN_LISTINGS = 10;

/** Items without repeats, first occurrence first. */
function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}

/**
 * The listings to run in each cluster for `filter`:
 * - `include` with services: one per service name (an ARN counts by its name);
 * - `include` with task definitions and no services: one per family (`FAMILY:REVISION` lists the family;
 *   the revision is checked client-side);
 * - otherwise (exclude, other criteria only, or more than MAX_PUSHED_DOWN_LISTINGS items): the whole cluster.
 */
export function planListings(filter: Filter): ListFilter[] {
  if (filter.behavior !== 'include') return [{}];
  if (filter.services.length > 0) {
    const names = unique(filter.services.map(lastSegment));
    return names.length <= MAX_PUSHED_DOWN_LISTINGS ? names.map((serviceName) => ({ serviceName })) : [{}];
  }
  if (filter.taskDefinitions.length > 0) {
    const families = unique(filter.taskDefinitions.map((d) => taskDefinitionParts(d).family));
    return families.length <= MAX_PUSHED_DOWN_LISTINGS ? families.map((family) => ({ family })) : [{}];
  }
  return [{}];
}

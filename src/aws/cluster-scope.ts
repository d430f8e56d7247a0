// Which of the clusters named with --clusters belong to one (region, role) listing: an ARN names one
// cluster in one region and account, a plain name is looked up in every region listed. Pure.

import { UsageError } from '../errors';
import { lastSegment, parseArn } from '../util/arn';

/** The region and account of a cluster ARN, or undefined for a plain name. */
function arnPlace(cluster: string): { region: string; accountId: string } | undefined {
  const arn = parseArn(cluster);
  return arn && arn.service === 'ecs' ? { region: arn.region, accountId: arn.accountId } : undefined;
}

/** The regions of the cluster ARNs among `clusters`, each once, in order. */
export function regionsOfClusterArns(clusters: readonly string[]): string[] {
  return [...new Set(clusters.flatMap((c) => arnPlace(c)?.region ?? []))];
}

/** True when every cluster is given as an ARN (so the ARNs say which regions to list). */
export function allClusterArns(clusters: readonly string[]): boolean {
  return clusters.length > 0 && clusters.every((c) => arnPlace(c) !== undefined);
}

/**
 * The clusters to list in `region` (as `roleArn`, if any): every plain name, and the ARNs of that region (and
 * of the role's account); a name and its ARN count once.
 * @throws UsageError when the region was not chosen by --region (`regionWasDefault`) and a cluster ARN lies
 *   in another region: the user meant that region, not the default one
 */
export function clustersForScope(
  clusters: readonly string[],
  region: string,
  options: { readonly roleArn?: string; readonly regionWasDefault?: boolean } = {},
): string[] {
  const roleAccount = options.roleArn ? parseArn(options.roleArn)?.accountId : undefined;
  const seen = new Set<string>();
  return clusters.filter((cluster) => {
    const place = arnPlace(cluster);
    if (place && place.region !== region) {
      if (options.regionWasDefault) {
        throw new UsageError(`cluster ${cluster} is in region ${place.region}, not in ${region}: pass --region ${place.region}`);
      }
      return false;
    }
    if (place && roleAccount !== undefined && place.accountId !== roleAccount) return false;
    const key = lastSegment(cluster);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// Reading names out of ECS ARNs without an API call.

/** The last `/`-separated segment of an ARN or name (`…:cluster/prod` → `prod`); a plain name unchanged. */
export function lastSegment(nameOrArn: string): string {
  const slash = nameOrArn.lastIndexOf('/');
  return slash >= 0 ? nameOrArn.slice(slash + 1) : nameOrArn;
}

/** The parts of `arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE`, or undefined when it is not an ARN. */
export function parseArn(
  arn: string,
): { partition: string; service: string; region: string; accountId: string; resource: string } | undefined {
  const parts = arn.split(':');
  if (parts.length < 6 || parts[0] !== 'arn') return undefined;
  const [, partition = '', service = '', region = '', accountId = ''] = parts;
  return { partition, service, region, accountId, resource: parts.slice(5).join(':') };
}

/** `FAMILY` and `REVISION` of `…:task-definition/FAMILY:REVISION` (or of `FAMILY:REVISION`). */
export function taskDefinitionParts(arnOrName: string): { family: string; revision?: string } {
  const tail = lastSegment(arnOrName);
  const colon = tail.lastIndexOf(':');
  if (colon < 0) return { family: tail };
  const revision = tail.slice(colon + 1);
  return /^\d+$/.test(revision) ? { family: tail.slice(0, colon), revision } : { family: tail };
}

/** The service name of a task group `service:NAME`, else undefined. */
export function serviceOfGroup(group: string | undefined): string | undefined {
  return group?.startsWith('service:') ? group.slice('service:'.length) : undefined;
}

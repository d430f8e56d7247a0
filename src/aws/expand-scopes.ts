// The scopes of a run: every region under every role (or under the base credentials without roles). Pure.

/** One listing: a region (undefined: the SDK's default) under a role (undefined: the base credentials). */
export interface ListingScope {
  readonly region?: string;
  readonly roleArn?: string;
}

/** Roles × regions, each once, role-major; one scope with neither when both lists are empty. */
export function expandScopes(regions: readonly string[], roleArns: readonly string[]): ListingScope[] {
  const uniqueRegions: (string | undefined)[] = regions.length > 0 ? [...new Set(regions)] : [undefined];
  const uniqueRoles: (string | undefined)[] = roleArns.length > 0 ? [...new Set(roleArns)] : [undefined];
  return uniqueRoles.flatMap((roleArn) =>
    uniqueRegions.map((region) => ({ ...(region !== undefined && { region }), ...(roleArn !== undefined && { roleArn }) })),
  );
}

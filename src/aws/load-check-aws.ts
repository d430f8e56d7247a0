// Loads the AWS layer of `check` on first use (ECS listing, permission probes, STS), like load-aws.ts.

import type * as EcsClientModule from './ecs-client';
import type * as FetchTasksModule from './fetch-tasks';
import type * as ProbeAccessModule from './probe-access';
import type * as StsClientModule from './sts-client';

/** The AWS functions `check` calls (replaceable in tests). */
export type CheckAwsLayer = typeof EcsClientModule & typeof FetchTasksModule & typeof ProbeAccessModule & typeof StsClientModule;

/** The functions `check` calls AWS with (requires the SDK clients now). */
export function loadCheckAwsLayer(): CheckAwsLayer {
  /* eslint-disable @typescript-eslint/no-require-imports */
  return {
    ...(require('./ecs-client') as typeof EcsClientModule),
    ...(require('./fetch-tasks') as typeof FetchTasksModule),
    ...(require('./probe-access') as typeof ProbeAccessModule),
    ...(require('./sts-client') as typeof StsClientModule),
  };
  /* eslint-enable @typescript-eslint/no-require-imports */
}

// Loads the AWS layer on first use, so --help, --version and --input runs never load the AWS SDK.

import type * as EcsClientModule from './ecs-client';
import type * as FetchTasksModule from './fetch-tasks';

/** The AWS functions generateNodes calls (replaceable in tests). */
export type AwsLayer = typeof EcsClientModule & typeof FetchTasksModule;

/** The AWS layer's functions (requires the SDK now). */
export function loadAwsLayer(): AwsLayer {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return { ...(require('./ecs-client') as typeof EcsClientModule), ...(require('./fetch-tasks') as typeof FetchTasksModule) };
}

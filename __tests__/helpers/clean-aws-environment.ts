// Runs code with no AWS settings in process.env, so the SDK finds no credentials, region or profile here.

import * as os from 'node:os';
import * as path from 'node:path';

/** Runs `fn` with no AWS settings in the environment (no credentials, region, profile or metadata service). */
export async function withCleanAwsEnvironment<T>(fn: () => Promise<T>): Promise<T> {
  const saved = process.env;
  process.env = Object.fromEntries(Object.entries(saved).filter(([name]) => !name.startsWith('AWS_')));
  Object.assign(process.env, {
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    AWS_CONFIG_FILE: path.join(os.tmpdir(), 'ecs-nodes-test-no-config'),
    AWS_SHARED_CREDENTIALS_FILE: path.join(os.tmpdir(), 'ecs-nodes-test-no-credentials'),
  });
  try {
    return await fn();
  } finally {
    process.env = saved;
  }
}

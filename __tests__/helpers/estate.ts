// Typed loaders of the realistic ECS estates used by the shaping tests: the bundled example and a
// three-page fixture (two clusters sharing a service name, a standalone task, a provisioning task, a task
// whose only running container is a sidecar).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EcsTask } from '../../src/ecs-types';
import { parseDescribeTasks } from '../../src/input/parse-describe-tasks';

const ROOT = join(__dirname, '..', '..');

/** The tasks of examples/describe-tasks.json (one batch). */
export function loadExampleTasks(): EcsTask[] {
  const file = join(ROOT, 'examples', 'describe-tasks.json');
  return parseDescribeTasks(readFileSync(file, 'utf8'), file).tasks;
}

/** The DescribeTasks pages of __tests__/fixtures/estate.json, one batch per page. */
export function loadEstateBatches(): EcsTask[][] {
  const file = join(ROOT, '__tests__', 'fixtures', 'estate.json');
  const pages = JSON.parse(readFileSync(file, 'utf8')) as unknown[];
  return pages.map((page) => parseDescribeTasks(JSON.stringify(page), file).tasks);
}

/** The path of a file under __tests__/fixtures. */
export function fixturePath(name: string): string {
  return join(ROOT, '__tests__', 'fixtures', name);
}

/** The path of a file of the repository. */
export function repoPath(...parts: string[]): string {
  return join(ROOT, ...parts);
}

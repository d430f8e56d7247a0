// The public library API: re-exports only.

export { generateNodes, type GenerateResult, type GenerateDependencies } from './generate-nodes';
export * from './options';
export * from './errors';
export type * from './ecs-types';
export type { RundeckNode } from './nodes/rundeck-node';
export type { ContainerRef } from './nodes/container-ref';
export { STANDARD_ATTRIBUTES } from './nodes/rundeck-node';
export { ATTR, TAG_ATTRIBUTE_PREFIX } from './nodes/attributes';
export { toNode } from './nodes/to-node';
export {
  compileShape,
  DEFAULT_HOSTNAME_TEMPLATE,
  DEFAULT_NODE_SHAPE,
  DEFAULT_NODENAME_TEMPLATES,
  DUPLICATE_POLICIES,
  NODE_UNITS,
  type AttributeTemplate,
  type DuplicatePolicy,
  type NodeShape,
  type NodeUnit,
} from './nodes/node-shape';
export { parseTemplate, evaluateTemplate, type Template, type TemplateContext } from './nodes/template';
export { createNodeCollector, type NodeCollector } from './nodes/node-collector';
export { toTaskNode, toServiceNode } from './nodes/unit-nodes';
export { selectContainers, matchesFilter } from './select/select-containers';
export { formatters, formatNodes, formatNodeChunks, sortNodes, type Formatter } from './formatters';
export { createResourceYamlFormatter, resourceYamlFormatter } from './formatters/resource-yaml';
export { resourceXmlFormatter } from './formatters/resource-xml';
export { resourceJsonFormatter } from './formatters/resource-json';
export { parseDescribeTasks } from './input/parse-describe-tasks';
export { writeFileAtomically } from './output/write-output';
export type { RunStats, ClusterStats } from './aws/stats';
export { createSecretReader, type SecretReader } from './aws/read-secrets';
export { expandScopes, type ListingScope } from './aws/expand-scopes';
// Issue 7: progress events, the table view, and `check`.
export type { GenerateProgress, ProgressListener } from './progress';
export { formatTable } from './formatters/table';
export { plainStyle, type Style } from './util/style';
export { runCheck, type CheckOptions, type CheckDependencies } from './check/run-check';
export { isListingOk, type CheckReport } from './check/check-report';
export { analyseExecReadiness, type ServiceExecReport, type ExecProblem } from './check/exec-readiness';
export { formatCheckTable, formatCheckJson } from './check/format-check';

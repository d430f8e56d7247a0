// Preloaded into the CLI by the bench (node --require): writes the process's peak resident set size, in
// bytes, to the file named by ECS_NODES_BENCH_RSS_FILE when the process exits. Changes nothing else.
'use strict';
const { writeFileSync } = require('node:fs');

const target = process.env.ECS_NODES_BENCH_RSS_FILE;
if (target) {
  process.on('exit', () => {
    // resourceUsage().maxRSS is in kilobytes (getrusage ru_maxrss).
    writeFileSync(target, String(process.resourceUsage().maxRSS * 1024));
  });
}

// Type-checks every TypeScript project of the workspace (app, library and spec configs), two at a
// time. Angular templates are checked strictly by the web build itself.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const wanted = new Set(['tsconfig.app.json', 'tsconfig.lib.json', 'tsconfig.spec.json']);
const find = (root) =>
  readdirSync(root, { recursive: true })
    .map(String)
    .filter((path) => wanted.has(path.split('/').pop()) && !path.includes('node_modules'))
    .map((path) => join(root, path));
const configs = [
  ...find('apps'),
  ...find('libs'),
  ...find('tools'),
  'apps/web-e2e/tsconfig.json',
  'migrations/tsconfig.json',
]
  .filter((path) => existsSync(path))
  .sort();

let failed = 0;
const queue = [...configs];
async function worker() {
  for (let config = queue.shift(); config; config = queue.shift()) {
    try {
      // Jest runs the web specs as CommonJS, but Angular's typings resolve only with `bundler`.
      const webSpec = /(^|\/)web\//.test(config) && config.endsWith('tsconfig.spec.json');
      const resolution = webSpec ? ['--module', 'preserve', '--moduleResolution', 'bundler'] : [];
      await run('npx', ['tsc', '-p', config, '--noEmit', ...resolution], { maxBuffer: 64 * 1024 * 1024 });
      console.log(`ok    ${config}`);
    } catch (error) {
      failed++;
      console.error(`FAIL  ${config}\n${error.stdout}${error.stderr}`);
    }
  }
}
await Promise.all([worker(), worker()]);
console.log(`${configs.length - failed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;

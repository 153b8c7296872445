// After vite build: writes files.txt beside the build (every file the gateway serves, one path a line: a jar cannot
// list a directory), and fails the build when the JavaScript is over its budget of 300 KB gzipped.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = 'target/classes/portal';
const budget = 300 * 1024;
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name !== 'files.txt') files.push(relative(root, path).split('\\').join('/'));
  }
};
walk(root);
writeFileSync(join(root, 'files.txt'), files.sort().join('\n') + '\n');
const js = files.filter((f) => f.endsWith('.js'));
const gzipped = js.reduce((sum, f) => sum + gzipSync(readFileSync(join(root, f)), { level: 9 }).length, 0);
console.log(`${files.length} files listed in ${root}/files.txt; JavaScript ${(gzipped / 1024).toFixed(1)} KB gzipped`);
if (gzipped > budget) {
  console.error(`The JavaScript is over its budget: ${(gzipped / 1024).toFixed(1)} KB gzipped > 300 KB`);
  process.exit(1);
}

// Writes files.txt beside the build: every file the gateway serves, one path a line (a jar cannot list a directory).
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = 'target/classes/portal';
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
console.log(`${files.length} files listed in ${root}/files.txt`);

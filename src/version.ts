import fs from 'node:fs';
import path from 'node:path';

/** The package version (src/ and dist/ both sit one level below package.json). */
export const TOOL_VERSION: string = JSON.parse(
  fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8'),
).version;

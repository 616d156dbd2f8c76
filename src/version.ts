import fs from 'node:fs';
import path from 'node:path';

/** The package version (src/ and dist/ both sit one level below package.json). */
const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8')) as { version: string };
export const TOOL_VERSION = pkg.version;

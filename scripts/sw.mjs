// Trunk post_build hook (Trunk.toml, after the others): writes the service worker (assets/sw.js)
// into the staging directory with this build's files and version. The first paint's files and
// the engine are kept when it installs; every other file of the build when first asked for; the
// host's tariff tables (tariffs/) never: they change without a new build.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run this from Trunk');
const walk = (d) => readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : [join(d, f)]));
const files = walk(dir).map((f) => relative(dir, f).split('\\').join('/')).sort();
const FIRST = /^(index\.html|boot\.js|noscript\.css|app-[0-9a-f]+\.css|favicon-[0-9a-f]+\.svg|notawijzer-web-[0-9a-f]+(_bg\.wasm|\.js)|engine-loader\.js|notawijzer-engine(_bg\.wasm|\.js)|views\.css|manifest\.webmanifest|icon-\d+\.png)$/;
const never = (f) => f === 'sw.js' || f.startsWith('tariffs/') || f.endsWith('.map');
const first = files.filter((f) => FIRST.test(f));
const later = files.filter((f) => !FIRST.test(f) && !never(f));
const hash = createHash('sha256');
for (const f of [...first, ...later]) hash.update(f).update('\0').update(readFileSync(join(dir, f))).update('\0');
const version = hash.digest('hex').slice(0, 16);
const template = readFileSync(join(dir, 'sw.js'), 'utf8');
const out = template
  .replace("'__VERSION__'", JSON.stringify(version))
  .replace('__FIRST__', JSON.stringify(first))
  .replace('__LATER__', JSON.stringify(later));
writeFileSync(join(dir, 'sw.js'), out);
console.log(`sw.js: version ${version}, ${first.length} files kept at install, ${later.length} when first asked for`);

// Trunk post_build hook (Trunk.toml): minifies wasm-bindgen's JavaScript glue of the shell and of
// the engine in the staging directory. Trunk's own minifier cannot parse this glue and leaves it
// whole (8.9 KB gzip for the shell's, 6.9 KB minified). Runs with the installed terser only.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run this from Trunk');
if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);
for (const name of readdirSync(dir).filter((f) => /^notawijzer-(web-[0-9a-f]+|engine)\.js$/.test(f))) {
  const path = join(dir, name);
  const source = readFileSync(path, 'utf8');
  // the engine's glue is a classic script for importScripts: `wasm_bindgen` stays its global name
  const module = name.startsWith('notawijzer-web');
  const out = await minify(source, { module, compress: true, mangle: module ? true : { reserved: ['wasm_bindgen'] }, toplevel: module });
  writeFileSync(path, out.code);
  console.log(`minified ${name}: ${source.length} -> ${out.code.length} bytes`);
}

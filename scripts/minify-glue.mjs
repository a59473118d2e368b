// Trunk post_build hook (Trunk.toml): minifies the JavaScript of the first paint and of the engine
// in the staging directory: wasm-bindgen's glue (Trunk's own minifier cannot parse it and leaves it
// whole: 8.9 KB gzip for the shell's, 6.9 KB minified) and our loaders, which Trunk copies as they
// are. Runs with the installed terser only.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run this from Trunk');
if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);
// the module scripts, and the classic scripts of the worker (importScripts: their top-level names stay)
const MODULES = /^(notawijzer-web-[0-9a-f]+|boot|keep)\.js$/;
const CLASSIC = /^(notawijzer-engine|engine-loader)\.js$/;
for (const name of readdirSync(dir).filter((f) => MODULES.test(f) || CLASSIC.test(f))) {
  const path = join(dir, name);
  const source = readFileSync(path, 'utf8');
  const module = MODULES.test(name);
  const out = await minify(source, { module, compress: true, mangle: module ? true : { reserved: ['wasm_bindgen'] }, toplevel: module });
  writeFileSync(path, out.code);
  console.log(`minified ${name}: ${source.length} -> ${out.code.length} bytes`);
}

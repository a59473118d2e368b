#!/usr/bin/env node
// Configures a built dist/ for its partners, without a rebuild:
//
//   node deploy/configure.mjs dist --partner https://portal.example --partner https://vereniging.example
//
// - writes the partner origins into index.html (<meta name="notawijzer-partners">): the pages that may
//   frame or open NotaWijzer, send it a nota by postMessage, get its summary, or serve a nota for ?src=
// - adds them to the page's Content-Security-Policy connect-src (so ?src= may fetch from them)
// - writes dist/_headers (Netlify / Cloudflare Pages format) with the HTTP headers a meta tag cannot
//   carry: frame-ancestors (who may frame the app), and the wasm type
// - prints the same headers for nginx and Apache.
// Anything that is not an exact http(s) origin is refused.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

export function parseOrigin(text) {
  let url;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  const exact = `${url.protocol}//${url.host}`;
  const given = text.replace(/\/$/, '');
  if (!['http:', 'https:'].includes(url.protocol) || url.username || url.password || given.toLowerCase() !== exact.toLowerCase()) {
    return null;
  }
  return exact.toLowerCase();
}

export function headers(partners) {
  const ancestors = ["'self'", ...partners].join(' ');
  return {
    'Content-Security-Policy': `frame-ancestors ${ancestors}`,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
}

export function configure(dist, partners) {
  const file = join(dist, 'index.html');
  let html = readFileSync(file, 'utf8');
  const meta = `<meta name="notawijzer-partners" content="${partners.join(' ')}">`;
  const existing = /<meta[^>]*name="?notawijzer-partners"?[^>]*>/;
  if (!existing.test(html)) throw new Error(`${file} has no <meta name="notawijzer-partners">`);
  html = html.replace(existing, meta);
  html = html.replace(/connect-src 'self'[^;"]*/, `connect-src 'self'${partners.map((p) => ` ${p}`).join('')}`);
  writeFileSync(file, html);
  // the service worker keeps index.html: a new version of it is a new version of the app, which a
  // patient who came before gets at the next visit (sw.js changed, so the browser takes it)
  const sw = join(dist, 'sw.js');
  if (existsSync(sw)) {
    const hash = createHash('sha256').update(html).digest('hex').slice(0, 8);
    writeFileSync(sw, readFileSync(sw, 'utf8').replace(/^const VERSION = "([0-9a-f]{16})(-[0-9a-f]{8})?";/m, `const VERSION = "$1-${hash}";`));
  }
  const lines = ['/*', ...Object.entries(headers(partners)).map(([k, v]) => `  ${k}: ${v}`), '/*.wasm', '  Content-Type: application/wasm', ''];
  writeFileSync(join(dist, '_headers'), lines.join('\n'));
  return html;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const dist = args[0];
  const partners = [];
  for (let i = 1; i < args.length; i += 1) {
    if (args[i] !== '--partner') continue;
    const origin = parseOrigin(args[i + 1] ?? '');
    if (!origin) {
      console.error(`not an origin (scheme://host[:port], nothing after it): ${args[i + 1]}`);
      process.exit(2);
    }
    partners.push(origin);
  }
  if (!dist) {
    console.error('usage: node deploy/configure.mjs DIST [--partner ORIGIN]...');
    process.exit(2);
  }
  configure(dist, partners);
  const h = headers(partners);
  console.log(`${dist}/index.html: partners ${partners.join(' ') || '(none)'}; ${dist}/_headers written.`);
  console.log('\nnginx:');
  for (const [k, v] of Object.entries(h)) console.log(`  add_header ${k} "${v}" always;`);
  console.log('  types { application/wasm wasm; }');
  console.log('\nApache (.htaccess):');
  for (const [k, v] of Object.entries(h)) console.log(`  Header always set ${k} "${v}"`);
  console.log('  AddType application/wasm .wasm');
}

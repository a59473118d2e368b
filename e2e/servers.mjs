// The servers the end-to-end tests need, all on 127.0.0.1:
//   4173  dist/ as built (no partners)
//   4177  a copy of dist/ configured with deploy/configure.mjs for one partner, 4174, with the
//         frame-ancestors header from its _headers
//   4174  a partner site (an association page and an insurer portal, using EMBEDDING.md's snippets,
//         and the portal's nota endpoint with CORS for the app)
//   4175  a stranger: the same pages and endpoint, but not a partner
//   4178  dist/ under the sub-path /tools/notawijzer/
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { configure, headers } from '../deploy/configure.mjs';
import { serve } from './serve.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const PORTS = { plain: 4173, app: 4177, partner: 4174, stranger: 4175, subpath: 4178 };
const origin = (port) => `http://127.0.0.1:${port}`;

const partnerDist = join(root, 'e2e', '.dist-partner');
rmSync(partnerDist, { recursive: true, force: true });
cpSync(join(root, 'dist'), partnerDist, { recursive: true });
configure(partnerDist, [origin(PORTS.partner)]);
const appHeaders = headers([origin(PORTS.partner)]);

// 4178: dist/ under a sub-path, as an association's static host might put it
const subpathRoot = join(root, 'e2e', '.dist-subpath');
rmSync(subpathRoot, { recursive: true, force: true });
cpSync(join(root, 'dist'), join(subpathRoot, 'tools', 'notawijzer'), { recursive: true });
await serve(subpathRoot, PORTS.subpath);

await serve(join(root, 'dist'), PORTS.plain);
await serve(partnerDist, PORTS.app, () => appHeaders);

const fixture = (name) => readFileSync(join(root, 'tests', 'fixtures', name), 'utf8');
const henk = `${fixture('henk-2017-02-zorgcluster.txt')}\n${fixture('henk-2017-02-dbc.txt')}`;

function site(port) {
  return createServer((req, res) => {
    const url = new URL(req.url, origin(port));
    const cors = req.headers.origin === origin(PORTS.app)
      ? { 'Access-Control-Allow-Origin': origin(PORTS.app), 'Access-Control-Allow-Credentials': 'true', Vary: 'Origin' }
      : {};
    const send = (status, type, body, extra = {}) => {
      res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...cors, ...extra });
      res.end(body);
    };
    if (url.pathname === '/association.html' || url.pathname === '/portal.html') {
      const page = readFileSync(join(root, 'e2e', 'host', url.pathname.slice(1)), 'utf8')
        .replaceAll('https://notawijzer.example', origin(PORTS.app));
      return send(200, 'text/html; charset=utf-8', `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Host ${port}</title></head><body><h1>Host</h1>\n${page}\n</body></html>`);
    }
    if (url.pathname === '/api/nota/henk-2017-02.txt') return send(200, 'text/plain; charset=utf-8', henk);
    if (url.pathname === '/api/overview.json') return send(200, 'application/json', fixture('overviews/insurer-portal.json'));
    if (url.pathname === '/api/nota/expired') return send(401, 'text/plain', 'login required');
    if (url.pathname === '/api/nota/missing') return send(404, 'text/plain', 'not found');
    if (url.pathname === '/api/nota/no-cors') {
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      return res.end(henk);
    }
    if (url.pathname === '/api/nota/huge') {
      const body = 'x'.repeat(5 * 1024 * 1024);
      return send(200, 'text/plain', body, { 'Content-Length': String(body.length) });
    }
    if (url.pathname === '/') return send(200, 'text/html; charset=utf-8', `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Host ${port}</title></head><body><h1>Host ${port}</h1></body></html>`);
    return send(404, 'text/plain', 'not found');
  });
}
for (const port of [PORTS.partner, PORTS.stranger]) {
  await new Promise((ok) => site(port).listen(port, '127.0.0.1', ok));
}
console.log('e2e servers ready', PORTS);

/**
 * A static server for the built site on 127.0.0.1, under its base path, with the headers from `_headers`
 * applied, so what the PDF printer and the tests see is what a static host sends.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import sirv from 'sirv';
import { parseHeadersFile, headersFor } from './headers';

/** Options for {@link serve}. */
export interface ServeOptions {
  /** Folder to serve (the build output). */
  root: string;
  /** Base path the site was built for, with slashes at both ends. */
  base: string;
  /** Port; 0 picks a free one. */
  port: number;
  /** Called for every request, for tests that count what the browser asked for. */
  onRequest?: (url: string) => void;
}

/** Starts the server and resolves once it listens; the returned server's address has the port. */
export function serve({ root, base, port, onRequest }: ServeOptions): Promise<Server> {
  const dir = resolve(root);
  const headersPath = join(dir, '_headers');
  const rules = existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : [];
  const files = sirv(dir, { dev: false, etag: true, dotfiles: true });
  const notFound = existsSync(join(dir, '404.html')) ? readFileSync(join(dir, '404.html')) : 'Not found';

  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    onRequest?.(url);
    const path = url.split('?')[0]!;
    if (!path.startsWith(base)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not under base');
      return;
    }
    const inner = `/${path.slice(base.length)}`;
    for (const [name, value] of headersFor(rules, path)) res.setHeader(name, value);
    req.url = inner + (url.includes('?') ? url.slice(url.indexOf('?')) : '');
    files(req, res, () => {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(notFound);
    });
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

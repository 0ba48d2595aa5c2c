import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentTypeFor } from './content-types';
import { listBuiltCourses } from './course-list';
import { resolveRequestTarget, type ServedRoots } from './request-target';
import { SECURITY_HEADERS } from './security-headers';

export interface PreviewServerOptions {
  /** 0 picks a free port (tests). */
  port?: number;
  /** Defaults to 127.0.0.1: the preview is for the local machine only. */
  host?: string;
  /** Defaults to <repo>/dist/preview. */
  previewDir?: string;
  /** Defaults to <repo>/dist. */
  coursesDir?: string;
}

export interface PreviewServer {
  /** Base URL with a trailing slash, e.g. "http://127.0.0.1:4173/". */
  url: string;
  port: number;
  roots: ServedRoots;
  close(): Promise<void>;
}

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const defaultRoots = (): ServedRoots => ({
  previewDir: join(repoRoot, 'dist', 'preview'),
  coursesDir: join(repoRoot, 'dist'),
});

function send(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', ...headers });
  res.end(body);
}

const isInside = (root: string, path: string): boolean => {
  const inside = relative(root, path);
  return !inside.startsWith('..') && !isAbsolute(inside);
};

async function sendFile(req: IncomingMessage, res: ServerResponse, root: string, path: string): Promise<void> {
  // A symlink inside a build must not lead outside it either.
  const [realRoot, realPath] = await Promise.all([realpath(root), realpath(path)]);
  if (!isInside(realRoot, realPath)) return send(res, 404, 'Not found\n');
  const info = await stat(realPath);
  res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': contentTypeFor(realPath), 'Content-Length': String(info.size) });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(realPath).on('error', () => res.destroy()).pipe(res);
}

async function handle(req: IncomingMessage, res: ServerResponse, roots: ServedRoots): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed\n', { Allow: 'GET, HEAD' });
  const target = resolveRequestTarget(req.url ?? '/', roots);
  switch (target.kind) {
    case 'bad-request':
      return send(res, 400, `Bad request: ${target.reason}\n`);
    case 'not-found':
      return send(res, 404, 'Not found\n');
    case 'redirect':
      return send(res, 301, `Moved to ${target.location}\n`, { Location: target.location });
    case 'course-list': {
      const body = JSON.stringify({ courses: listBuiltCourses(roots.coursesDir) });
      return send(res, 200, body, { 'Content-Type': 'application/json; charset=utf-8' });
    }
    case 'file': {
      const info = await stat(target.path).catch(() => null);
      if (info?.isDirectory() && !target.isDirectoryRequest) {
        return send(res, 301, `Moved to ${target.canonicalPath}/\n`, { Location: `${target.canonicalPath}/` });
      }
      const file = info?.isDirectory() ? join(target.path, 'index.html') : target.path;
      const fileInfo = info?.isDirectory() ? await stat(file).catch(() => null) : info;
      if (!fileInfo?.isFile()) return send(res, 404, 'Not found\n');
      return sendFile(req, res, target.root, file);
    }
  }
}

/** Starts the preview LMS server; resolves once it is listening. */
export async function startPreviewServer(options: PreviewServerOptions = {}): Promise<PreviewServer> {
  const roots: ServedRoots = { ...defaultRoots(), ...pickDefined(options) };
  const host = options.host ?? '127.0.0.1';
  const server = createServer((req, res) => {
    handle(req, res, roots).catch((error: unknown) => {
      console.error(`preview server: ${req.method ?? '?'} ${req.url ?? '?'} failed:`, error);
      if (!res.headersSent) send(res, 500, 'Internal server error\n');
      else res.destroy();
    });
  });
  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(options.port ?? 4173, host, () => {
      server.off('error', rejectListen);
      resolveListen();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}/`,
    port,
    roots,
    close: () =>
      new Promise<void>((resolveClose, rejectClose) => {
        server.close((error) => (error ? rejectClose(error) : resolveClose()));
        // Browsers keep connections alive; without this close() waits for them to time out.
        server.closeAllConnections();
      }),
  };
}

function pickDefined(options: PreviewServerOptions): Partial<ServedRoots> {
  const roots: Partial<ServedRoots> = {};
  if (options.previewDir !== undefined) roots.previewDir = resolve(options.previewDir);
  if (options.coursesDir !== undefined) roots.coursesDir = resolve(options.coursesDir);
  return roots;
}

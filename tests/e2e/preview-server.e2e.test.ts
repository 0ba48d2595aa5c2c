import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreviewServer, type PreviewServer } from '../../preview/serve';
import { CONTENT_SECURITY_POLICY } from '../../preview/server/security-headers';

/**
 * The preview server over plain HTTP, on a throwaway dist tree: what it serves, the
 * headers on every response, and that no path reaches a file outside the builds.
 */

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

let server: PreviewServer;
let root: string;
const SECRET = 'secret-outside-the-served-folders';

/** Sends the path exactly as written (no client-side normalisation of "..", unlike fetch). */
function send(path: string, method = 'GET'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'preview-server-'));
  const dist = join(root, 'dist');
  await mkdir(join(dist, 'preview', 'assets'), { recursive: true });
  await mkdir(join(dist, 'demo-course', 'scorm12', 'assets'), { recursive: true });
  await mkdir(join(dist, 'demo-course', 'standalone'), { recursive: true });
  await writeFile(join(dist, 'preview', 'index.html'), '<!doctype html><title>preview</title>');
  await writeFile(join(dist, 'preview', 'assets', 'app.js'), 'export {};');
  await writeFile(join(dist, 'demo-course', 'scorm12', 'index.html'), '<!doctype html><title>course</title>');
  await writeFile(join(dist, 'demo-course', 'scorm12', 'assets', 'style.css'), 'body {}');
  await writeFile(join(dist, 'demo-course', 'scorm12', 'assets', 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  await writeFile(join(dist, 'demo-course', 'standalone', 'index.html'), '<!doctype html><title>standalone</title>');
  await writeFile(join(dist, 'secret.txt'), SECRET);
  await writeFile(join(root, 'secret.txt'), SECRET);
  server = await startPreviewServer({ port: 0, previewDir: join(dist, 'preview'), coursesDir: dist });
});

afterAll(async () => {
  await server.close();
  await rm(root, { recursive: true, force: true });
});

describe('preview server', () => {
  it('listens on 127.0.0.1 and reports its URL', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
  });

  it.each([
    ['/', 'text/html; charset=utf-8', 'preview'],
    ['/assets/app.js', 'text/javascript; charset=utf-8', 'export'],
    ['/courses/demo-course/scorm12/', 'text/html; charset=utf-8', 'course'],
    ['/courses/demo-course/scorm12/index.html', 'text/html; charset=utf-8', 'course'],
    ['/courses/demo-course/scorm12/assets/style.css', 'text/css; charset=utf-8', 'body'],
    ['/courses/demo-course/scorm12/assets/logo.svg', 'image/svg+xml', '<svg'],
    ['/courses/demo-course/standalone/index.html', 'text/html; charset=utf-8', 'standalone'],
  ])('serves %s as %s', async (path, contentType, content) => {
    const reply = await send(path);
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe(contentType);
    expect(reply.body).toContain(content);
  });

  it.each(['/', '/courses/demo-course/scorm12/index.html', '/missing.js', '/courses/index.json', '/../secret.txt'])(
    'sends the strict CSP and hardening headers with %s',
    async (path) => {
      const { headers } = await send(path);
      expect(headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBe('no-referrer');
    },
  );

  it('sends the CSP the course must work under', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "frame-src 'self'; frame-ancestors 'self'; object-src 'none'; base-uri 'none'; form-action 'self'",
    );
  });

  it('lists the built courses and their variants', async () => {
    const reply = await send('/courses/index.json');
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ courses: [{ id: 'demo-course', variants: ['scorm12', 'standalone'] }] });
  });

  it('redirects a variant folder without its trailing slash, so relative asset URLs work', async () => {
    const reply = await send('/courses/demo-course/scorm12');
    expect(reply.status).toBe(301);
    expect(reply.headers['location']).toBe('/courses/demo-course/scorm12/');
  });

  it.each(['/nothing-here.html', '/courses/demo-course/scorm2004/index.html', '/courses/demo-course/other/index.html', '/courses/Not_An_Id/scorm12/'])(
    'answers 404 for %s',
    async (path) => {
      expect((await send(path)).status).toBe(404);
    },
  );

  it.each([
    '/../secret.txt',
    '/../../secret.txt',
    '/courses/../secret.txt',
    '/courses/demo-course/scorm12/../../secret.txt',
    '/courses/demo-course/scorm12/../../../secret.txt',
    '/%2e%2e/secret.txt',
    '/courses/demo-course/scorm12/%2e%2e/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/courses/demo-course/scorm12/..%2f..%2fsecret.txt',
    '/courses/demo-course/scorm12/..%5c..%5csecret.txt',
    '/courses/demo-course/scorm12/%00secret.txt',
    '/courses/demo-course/scorm12/%E0%A4%A',
    '//secret.txt',
    '/courses/..%2f/scorm12/index.html',
  ])('never serves a file outside the builds for %s', async (path) => {
    const reply = await send(path);
    expect([400, 404]).toContain(reply.status);
    expect(reply.body).not.toContain(SECRET);
  });

  it('does not turn "//host" paths into an open redirect', async () => {
    const reply = await send('//assets');
    expect(reply.status).toBe(301);
    expect(reply.headers['location']).toBe('/assets/');
  });

  it('refuses methods other than GET and HEAD', async () => {
    const reply = await send('/', 'POST');
    expect(reply.status).toBe(405);
    expect(reply.headers['allow']).toBe('GET, HEAD');
  });

  it('answers HEAD with the headers and no body', async () => {
    const reply = await send('/courses/demo-course/scorm12/index.html', 'HEAD');
    expect(reply.status).toBe(200);
    expect(reply.headers['content-length']).toBe(String('<!doctype html><title>course</title>'.length));
    expect(reply.body).toBe('');
  });
});

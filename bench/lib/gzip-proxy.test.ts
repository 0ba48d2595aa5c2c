import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGzipProxy, type GzipProxy } from './gzip-proxy';

const SCRIPT = 'console.log("hello");\n'.repeat(200);

let upstream: Server;
let proxy: GzipProxy;

beforeAll(async () => {
  upstream = createServer((req, res) => {
    if (req.url === '/app.js') {
      res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Content-Length': String(Buffer.byteLength(SCRIPT)), 'Content-Security-Policy': "default-src 'self'" });
      res.end(SCRIPT);
    } else if (req.url === '/photo.png') {
      res.writeHead(200, { 'Content-Type': 'image/png' });
      res.end(Buffer.from([137, 80, 78, 71]));
    } else {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('Not found\n');
    }
  });
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  proxy = await startGzipProxy(`http://127.0.0.1:${(upstream.address() as AddressInfo).port}/`);
});

afterAll(async () => {
  await proxy.close();
  await new Promise((resolve) => upstream.close(resolve));
});

/** A raw GET (Node's fetch would decompress and hide the encoding). */
function get(path: string, acceptEncoding: string): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(new URL(path, proxy.url), { headers: { 'Accept-Encoding': acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('startGzipProxy', () => {
  it('gzips text for a browser that accepts gzip, keeping the upstream headers', async () => {
    const response = await get('/app.js', 'gzip, deflate');
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers['content-security-policy']).toBe("default-src 'self'");
    expect(response.body.byteLength).toBeLessThan(Buffer.byteLength(SCRIPT));
    expect(gunzipSync(response.body).toString()).toBe(SCRIPT);
  });

  it('passes text through unchanged for a client that does not accept gzip', async () => {
    const response = await get('/app.js', 'identity');
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.body.toString()).toBe(SCRIPT);
  });

  it('does not compress images or error responses', async () => {
    expect((await get('/photo.png', 'gzip')).headers['content-encoding']).toBeUndefined();
    const missing = await get('/missing.js', 'gzip');
    expect(missing.status).toBe(404);
    expect(missing.headers['content-encoding']).toBeUndefined();
  });
});

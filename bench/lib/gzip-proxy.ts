import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pipeline } from 'node:stream';
import { createGzip } from 'node:zlib';

/**
 * A compressing reverse proxy in front of the preview server. The preview server sends
 * files uncompressed; a production web server (and so an LMS such as Moodle behind
 * Apache or nginx) usually gzips text. Measuring through this proxy makes Lighthouse
 * see the transfer sizes a learner would get. `npm run bench -- --no-gzip` skips it.
 */

const COMPRESSIBLE = /^(text\/|application\/(javascript|json|xml|manifest\+json)|image\/svg\+xml)/;

export interface GzipProxy {
  url: string;
  close(): Promise<void>;
}

function forward(upstream: URL, req: IncomingMessage, res: ServerResponse): void {
  const headers = { ...req.headers, host: upstream.host };
  // Ask upstream for the plain body; this proxy does the compressing.
  delete headers['accept-encoding'];
  const upstreamRequest = request(
    { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers },
    (upstreamResponse) => {
      const type = String(upstreamResponse.headers['content-type'] ?? '');
      const accepts = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      const compress = accepts && upstreamResponse.statusCode === 200 && req.method === 'GET' && COMPRESSIBLE.test(type);
      const outHeaders = { ...upstreamResponse.headers };
      if (compress) {
        delete outHeaders['content-length'];
        outHeaders['content-encoding'] = 'gzip';
        outHeaders['vary'] = 'Accept-Encoding';
      }
      res.writeHead(upstreamResponse.statusCode ?? 502, outHeaders);
      const done = (error: Error | null | undefined): void => {
        if (error) res.destroy(error);
      };
      if (compress) pipeline(upstreamResponse, createGzip(), res, done);
      else pipeline(upstreamResponse, res, done);
    },
  );
  upstreamRequest.on('error', (error) => {
    if (!res.headersSent) res.writeHead(502, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end(`Bench proxy: the preview server did not answer: ${error.message}\n`);
  });
  pipeline(req, upstreamRequest, () => undefined);
}

export async function startGzipProxy(upstreamUrl: string): Promise<GzipProxy> {
  const upstream = new URL(upstreamUrl);
  const server = createServer((req, res) => forward(upstream, req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

import { createServer } from 'node:net';

export const DEFAULT_PORT = 4173;
export const DEFAULT_HOST = '127.0.0.1';

/** The PORT environment variable as a port number (default 4173); throws on anything else. */
export function readPort(value: string | undefined): number {
  if (value === undefined || value === '') return DEFAULT_PORT;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a whole number from 0 to 65535, got "${value}"`);
  }
  return port;
}

/**
 * What to tell someone whose port is taken. Most often it is their own earlier `npm start`
 * still running in another terminal, so say where that one is before offering another port.
 */
export function portInUseMessage(port: number, host: string = DEFAULT_HOST): string {
  return [
    `Port ${port} on ${host} is already in use, so the preview LMS cannot start there.`,
    `If it is another "npm start" (or "npm run preview"), it is still serving http://${host}:${port}/ :`,
    '  use that one, or stop it with Ctrl+C in its terminal and run this again.',
    `Or serve on another port: PORT=${port === 65535 ? port - 1 : port + 1} npm start`,
  ].join('\n');
}

const isAddressInUse = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && 'code' in error && error.code === 'EADDRINUSE';

/**
 * Whether the preview server could listen on the port now: resolves with the message to show
 * when it could not, undefined when it could. `npm start` asks before its build, which takes a
 * minute and would otherwise rewrite dist/ under a server that is still running.
 */
export function portProblem(port: number, host: string = DEFAULT_HOST): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error) => {
      if (isAddressInUse(error)) resolve(portInUseMessage(port, host));
      else reject(error instanceof Error ? error : new Error(String(error)));
    });
    probe.listen(port, host, () => probe.close(() => resolve(undefined)));
  });
}

/** The server's own listen error in the same words, for a port taken between the check and the build's end. */
export function explainListenError(error: unknown, port: number, host: string = DEFAULT_HOST): unknown {
  return isAddressInUse(error) ? new Error(portInUseMessage(port, host)) : error;
}

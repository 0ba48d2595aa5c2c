import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { portProblem, readPort } from './port';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
let busy: Server | undefined;

/** Takes a free port on 127.0.0.1, as an earlier `npm start` would. */
async function occupyPort(): Promise<number> {
  const server = createServer();
  busy = server;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

afterEach(async () => {
  const server = busy;
  busy = undefined;
  if (server) await new Promise((resolve) => server.close(resolve));
});

describe('portProblem', () => {
  it('says the port is taken, where the other server is and how to pick another port', async () => {
    const port = await occupyPort();
    const problem = await portProblem(port);
    expect(problem).toContain(`Port ${port} on 127.0.0.1 is already in use`);
    expect(problem).toContain(`http://127.0.0.1:${port}/`);
    expect(problem).toContain('Ctrl+C');
    expect(problem).toContain(`PORT=${port + 1} npm start`);
  });

  it('finds nothing wrong with a free port, and leaves it free', async () => {
    const port = await occupyPort();
    await new Promise((resolve) => busy?.close(resolve));
    busy = undefined;
    expect(await portProblem(port)).toBeUndefined();
    expect(await portProblem(port)).toBeUndefined();
  });
});

describe('readPort', () => {
  it('defaults to 4173 and rejects what is not a port', () => {
    expect(readPort(undefined)).toBe(4173);
    expect(readPort('5000')).toBe(5000);
    expect(() => readPort('http')).toThrow('PORT must be a whole number from 0 to 65535, got "http"');
  });
});

describe('npm start on a taken port', () => {
  it('stops before building, with the message and nothing else done', async () => {
    const port = await occupyPort();
    const child = spawn('npm', ['start', '--silent'], { cwd: projectRoot, env: { ...process.env, PORT: String(port) } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // Without the check, npm start would go on to build for a minute: stop it well before.
    const timer = setTimeout(() => child.kill('SIGTERM'), 20_000);
    const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
    clearTimeout(timer);
    expect(stderr).toContain(`Port ${port} on 127.0.0.1 is already in use`);
    expect(stdout).not.toContain('Building');
    expect(code).toBe(1);
  }, 30_000);
});

import { portProblem, readPort } from './server/port';

/**
 * `npm start` runs this before building: it stops at once, saying what to do, when the
 * preview server's port (PORT, default 4173) is taken, usually by an earlier `npm start`.
 */
try {
  const problem = await portProblem(readPort(process.env['PORT']));
  if (problem !== undefined) {
    console.error(problem);
    process.exitCode = 1;
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}

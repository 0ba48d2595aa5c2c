import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { listBuiltCourses } from './server/course-list';
import { startPreviewServer } from './server/preview-server';
import { explainListenError, readPort } from './server/port';

export { startPreviewServer } from './server/preview-server';
export type { PreviewServer, PreviewServerOptions } from './server/preview-server';

/** `tsx preview/serve.ts`: serves what `npm run package` built. PORT picks the port (default 4173). */
async function main(): Promise<void> {
  const port = readPort(process.env['PORT']);
  const server = await startPreviewServer({ port }).catch((error: unknown) => {
    throw explainListenError(error, port);
  });
  const { previewDir, coursesDir } = server.roots;
  const shown = (dir: string): string => relative(process.cwd(), dir) || '.';
  if (!existsSync(previewDir)) {
    console.warn(`No preview page in ${shown(previewDir)}/: run "npm run build" (or "npm start") first.`);
  }
  const courses = listBuiltCourses(coursesDir);
  if (courses.length === 0) console.warn(`No built courses in ${shown(coursesDir)}/: run "npm run package" first.`);
  for (const course of courses) console.log(`  ${course.id}: ${course.variants.join(', ')}`);
  console.log(`Preview LMS: ${server.url}`);
  const stop = (): void => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

const isEntryPoint = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (isEntryPoint) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}

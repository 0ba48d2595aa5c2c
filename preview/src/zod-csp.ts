import { z } from 'zod';

/**
 * zod 4 probes for eval with `new Function("")` the first time it parses an object.
 * Under our CSP (no 'unsafe-eval') the probe throws, which zod catches, but the browser
 * still reports a CSP violation. jitless skips the probe. Imported first by main.ts.
 */
z.config({ jitless: true });

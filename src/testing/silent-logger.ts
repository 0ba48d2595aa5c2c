import { vi, type Mock } from 'vitest';
import type { TrackingLogger } from '../lib/lms/tracking-port';

type LogMethod = (...data: unknown[]) => void;

export interface SilentLogger extends TrackingLogger {
  info: Mock<LogMethod>;
  warn: Mock<LogMethod>;
  error: Mock<LogMethod>;
}

/** A logger for tests: prints nothing, remembers everything. */
export const silentLogger = (): SilentLogger => ({
  info: vi.fn<LogMethod>(),
  warn: vi.fn<LogMethod>(),
  error: vi.fn<LogMethod>(),
});

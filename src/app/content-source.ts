import type { Module } from '../course/schema/module-schema';

/**
 * What the app needs from the `virtual:course-content` module (built by the Vite
 * plugin from modules/): kept as an interface so loaders can be tested with
 * in-memory content.
 */
export interface ContentSource {
  /** Module id -> its module.yaml, validated and with schema defaults applied at build time. */
  moduleLoaders: Record<string, () => Promise<Module>>;
  /** Module id -> locale -> its locale file. */
  moduleLocaleLoaders: Record<string, Record<string, () => Promise<object>>>;
}

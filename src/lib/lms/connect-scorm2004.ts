import { findScorm2004Api } from './scorm2004-api';
import { connectWith } from './connect-scorm12';
import { createScorm2004Port } from './scorm2004-adapter';

/**
 * The SCORM 2004 chunk's entry (adapter-chunks.ts imports it dynamically, packaging
 * preloads it, with the SCORM 1.2 chunk it builds on, in the scorm2004 package).
 */
export const connectScorm2004 = connectWith(findScorm2004Api, createScorm2004Port);

import { lazyWithTexts } from '../../lib/i18n/lazy-with-texts';

/** "About this course" and its texts (player.json): few learners open it, so the first screen downloads neither. */
export const lazyAbout = lazyWithTexts(() => import('./about-screen').then((m) => m.AboutScreen), ['player']);

import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// In a browser the visually hidden text is a block of its own (position: absolute makes it
// one), so an accessible name puts a space before it: "Report Remove (opens in a new tab)"
// although the space is hidden with the words. jsdom has no layout; this gives it that one fact.
const hiddenTextIsABlock = document.createElement('style');
hiddenTextIsABlock.textContent = '.visually-hidden { display: block; }';
document.head.append(hiddenTextIsABlock);

afterEach(() => {
  cleanup();
  localStorage.clear();
});

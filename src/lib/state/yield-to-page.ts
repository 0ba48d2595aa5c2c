/**
 * Resolves in a new task, so the browser can paint and handle input in between.
 * Work split this way never makes one long task that freezes a slow phone: the
 * difference between a page that answers a tap and one that seems stuck.
 */
export const yieldToPage = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Text of the error logged when a key has no translation in any language tried. */
export function missingKeyMessage(languages: readonly string[], namespace: string, key: string): string {
  return `Missing translation: key "${key}" in namespace "${namespace}" (language ${languages.join(', ')}). The key is shown instead; run the content validator to find every missing text.`;
}

export type MissingKeyReporter = (message: string) => void;

// console.error so a missing text shows up in the browser console and in test output.
export const reportMissingKeyToConsole: MissingKeyReporter = (message) => console.error(message);

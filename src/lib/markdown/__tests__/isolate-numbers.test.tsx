import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { isolateNumbers } from '../isolate-numbers';

const html = (text: string): string => render(<p dir="rtl">{isolateNumbers(text)}</p>).container.innerHTML;

describe('isolateNumbers', () => {
  it('keeps a phone number left to right inside right-to-left text, so its groups stay in order', () => {
    expect(html('چائلڈ لائن کو 0800 1111 پر کال کریں')).toBe('<p dir="rtl">چائلڈ لائن کو <bdi dir="ltr">0800 1111</bdi> پر کال کریں</p>');
    expect(html('Call 020 8461 7373 or 0300 303 8671.')).toBe('<p dir="rtl">Call <bdi dir="ltr">020 8461 7373</bdi> or <bdi dir="ltr">0300 303 8671</bdi>.</p>');
  });

  it('leaves text without grouped numbers as it is', () => {
    expect(isolateNumbers('Call 999 now')).toBe('Call 999 now');
  });
});

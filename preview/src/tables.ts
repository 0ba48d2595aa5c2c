import { el } from './dom';
import type { Translate } from './i18n';
import type { CmiRow } from './cmi-rows';
import type { ApiCall } from './lms-session';

const shown = (value: string, t: Translate): string => (value === '' ? t('cmi.empty') : value);

export function renderCmiRows(body: HTMLTableSectionElement, rows: readonly CmiRow[], t: Translate): void {
  body.replaceChildren(
    ...rows.map((row) =>
      el('tr', {}, [
        el('th', { scope: 'row' }, [el('code', {}, [row.element])]),
        el('td', {}, [
          row.showLength ? el('span', { class: 'length' }, [t('cmi.length', { count: row.value.length })]) : null,
          el('code', { class: 'value' }, [shown(row.value, t)]),
        ]),
      ]),
    ),
  );
}

export function renderNotLaunched(body: HTMLTableSectionElement, t: Translate): void {
  body.replaceChildren(el('tr', {}, [el('td', { colspan: 2 }, [t('cmi.notLaunched')])]));
}

/** Appends one call; the number is its position in the log. Follows new calls if scrolled to the end. */
export function appendCall(body: HTMLTableSectionElement, call: ApiCall, t: Translate): void {
  const method = call.byPreview ? t('log.byPreview', { method: call.method }) : call.method;
  const scroller = body.closest('.table-scroll');
  const atEnd = scroller !== null && scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < 8;
  body.append(
    el('tr', { class: call.errorCode === '0' ? undefined : 'has-error' }, [
      el('td', {}, [String(body.rows.length + 1)]),
      el('td', {}, [el('code', { class: 'method' }, [method])]),
      el('td', {}, [el('code', {}, [call.args.map((arg) => JSON.stringify(arg)).join(', ')])]),
      el('td', {}, [el('code', {}, [call.result])]),
      el('td', {}, [call.errorCode]),
    ]),
  );
  if (atEnd) scroller.scrollTop = scroller.scrollHeight;
}

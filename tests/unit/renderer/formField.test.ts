import i18next from 'i18next';
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createRecordingEngine } from '../../../renderer/a11y/speech/engines/recordingEngine.js';
import { createSpeechQueue } from '../../../renderer/a11y/speech/speechQueue.js';
import { ChoiceGroup } from '../../../renderer/forms/ChoiceGroup.js';
import { FormField, fieldIdFor } from '../../../renderer/forms/FormField.js';
import { QUESTION_HINT_ID, QuestionPage } from '../../../renderer/forms/QuestionPage.js';
import { PLAIN_NS, resources } from '../../../renderer/i18n/i18n.js';
import { StaffTextField } from '../../../renderer/screens/staff/settings/StaffTextField.js';
import { defaultResidentSettings } from '../../../renderer/session/residentSettings.js';
import { SessionContext, type SessionControls } from '../../../renderer/session/sessionContext.js';
import { NumericPad } from '../../../renderer/ui/NumericPad.js';
import { SCREEN_HEADING_ID } from '../../../renderer/ui/ScreenHeading.js';
import type { FieldError } from '../../../shared/errors.js';
import { defaultStationConfig } from '../../../shared/station/defaultStationConfig.js';

// Issue #14, "One form field": every field's control is tied to its hint and inline error by aria-describedby
// and marked aria-invalid while wrong (WCAG 1.3.1, 3.3.1; GOV.UK error message). Rendered to markup, as
// the unit tests have no DOM: the ids the control points at must be elements in the same markup.

type Tag = { readonly name: string; readonly attributes: ReadonlyMap<string, string>; readonly text: string };

/** The element with this id: its tag name, attributes and its text up to the next tag. */
function elementById(markup: string, id: string): Tag {
  const match = new RegExp(`<(\\w+)((?:\\s[^>]*)?\\sid="${id}"[^>]*)>([^<]*)`).exec(markup);
  if (match === null) throw new Error(`no element with id "${id}" in ${markup}`);
  const attributes = new Map(Array.from((match[2] ?? '').matchAll(/([\w-]+)="([^"]*)"/g), (pair) => [pair[1] ?? '', pair[2] ?? '']));
  return { name: match[1] ?? '', attributes, text: match[3] ?? '' };
}

function idsIn(tag: Tag, attribute: string): string[] {
  return (tag.attributes.get(attribute) ?? '').split(' ').filter((id) => id !== '');
}

async function inKiosk(element: ReactElement): Promise<string> {
  const i18n = i18next.createInstance();
  await i18n.init({ resources, lng: 'zh-CN', ns: [PLAIN_NS], defaultNS: PLAIN_NS, interpolation: { escapeValue: false } });
  const settings = defaultResidentSettings(defaultStationConfig);
  const session: SessionControls = {
    settings,
    update: () => undefined,
    speech: createSpeechQueue({ engine: createRecordingEngine(), language: () => 'zh-CN', voice: () => ({ rate: 1, volume: 1 }), enabled: () => false, onCaption: () => undefined }),
    navigate: () => undefined,
    screen: 'job_interest',
    route: { screen: 'job_interest', jobId: 'J1', step: 'phone' },
    memory: new Map(),
    visitId: async () => undefined,
    stationName: '',
    stationPhone: '',
    announceScreen: () => undefined,
    callStaff: async () => true,
  };
  return renderToStaticMarkup(createElement(I18nextProvider, { i18n }, createElement(SessionContext.Provider, { value: session }, element)));
}

const textInput = createElement(FormField, {
  id: 'station-name',
  label: '驿站名称',
  hint: '打印在回执上',
  error: '驿站名称：最多 60 个字',
  children: (control) => createElement('input', { id: control.id, 'aria-describedby': control.describedBy, 'aria-invalid': control.invalid }),
});

describe('FormField', () => {
  it('ties the control to its label, hint and inline error, and marks it invalid', () => {
    const markup = renderToStaticMarkup(textInput);
    const input = elementById(markup, 'station-name');
    expect(input.attributes.get('aria-invalid')).toBe('true');
    expect(idsIn(input, 'aria-describedby')).toEqual(['station-name-hint', 'station-name-error']);
    expect(elementById(markup, 'station-name-hint').text).toBe('打印在回执上');
    expect(elementById(markup, 'station-name-error').text).toBe('驿站名称：最多 60 个字');
    expect(elementById(markup, 'station-name-label').attributes.get('for')).toBe('station-name');
  });

  it('describes the control by its hint alone while the answer is good', () => {
    const markup = renderToStaticMarkup(createElement(FormField, { ...textInput.props, error: undefined }));
    const input = elementById(markup, 'station-name');
    expect(input.attributes.get('aria-invalid')).toBe('false');
    expect(idsIn(input, 'aria-describedby')).toEqual(['station-name-hint']);
    expect(markup).not.toContain('station-name-error');
  });

  it('gives a staff field the id its error summary item links to', () => {
    const markup = renderToStaticMarkup(createElement(StaffTextField, { path: 'station.idleTimeoutSeconds', label: '无人操作多少秒后结束服务', hint: '30 到 1800', value: '10', onChange: () => undefined, error: '请填 30 到 1800 之间的整数。' }));
    const input = elementById(markup, fieldIdFor('station.idleTimeoutSeconds'));
    expect(input.name).toBe('input');
    expect(input.attributes.get('aria-invalid')).toBe('true');
    for (const id of idsIn(input, 'aria-describedby')) expect(elementById(markup, id).text).not.toBe('');
    expect(idsIn(input, 'aria-describedby')).toHaveLength(2);
  });
});

describe('a question page field', () => {
  const phone = fieldIdFor('phone');
  const page = (errors: readonly FieldError[]): ReactElement =>
    createElement(QuestionPage, {
      question: '您的手机号码是多少？',
      hint: '用下面的数字键输入11位手机号码。',
      errors,
      field: {
        id: phone,
        control: (control) => createElement(NumericPad, { id: control.id, labelledBy: control.labelledBy, describedBy: control.describedBy, invalid: control.invalid, value: '12345678901', onChange: () => undefined, maxLength: 11 }),
      },
    });

  it('is labelled by the question and described by the hint and the inline error, which the summary also lists', async () => {
    const markup = await inKiosk(page([{ path: 'phone', messageKey: 'errors.phone.bad_prefix' }]));
    const display = elementById(markup, phone);
    expect(display.name).toBe('output');
    expect(display.attributes.get('aria-labelledby')).toBe(SCREEN_HEADING_ID);
    expect(elementById(markup, SCREEN_HEADING_ID).text).toBe('您的手机号码是多少？');
    expect(display.attributes.get('aria-invalid')).toBe('true');
    expect(idsIn(display, 'aria-describedby')).toEqual([QUESTION_HINT_ID, `${phone}-error`]);
    expect(elementById(markup, QUESTION_HINT_ID).text).toBe('用下面的数字键输入11位手机号码。');
    const inline = elementById(markup, `${phone}-error`);
    expect(inline.text).toBe('手机号码：应该以1开头，第二位是3到9，请检查。');
    // Not a live region: the summary speaks the errors once; the inline message is read with the control.
    expect(['role', 'aria-live'].filter((attribute) => inline.attributes.has(attribute))).toEqual([]);
    expect(markup.split('应该以1开头').length - 1).toBe(2); // in the summary and beside the pad
  });

  it('keeps a page-level error (the card reader) in the summary only', async () => {
    const markup = await inKiosk(page([{ path: '', messageKey: 'errors.idCard.no_card' }]));
    const display = elementById(markup, phone);
    expect(display.attributes.get('aria-invalid')).toBe('false');
    expect(idsIn(display, 'aria-describedby')).toEqual([QUESTION_HINT_ID]);
    expect(markup).not.toContain(`${phone}-error`);
    expect(markup).toContain('没有读到身份证');
  });
});

describe('a choice group is a form field too', () => {
  const districtGroup = (error: string | undefined) =>
    createElement(ChoiceGroup<string>, {
      label: '区县',
      hint: '驿站所在的区县',
      choices: [{ value: '371702', label: '牡丹区' }, { value: '371703', label: '定陶区' }],
      selected: '371702',
      onChoose: () => undefined,
      path: 'station.districtCode',
      ...(error === undefined ? {} : { error }),
    });

  it('labels and describes the group, with the inline error a keypad stop of its own', async () => {
    const id = fieldIdFor('station.districtCode');
    const markup = await inKiosk(districtGroup('请选择驿站所在的区县。'));
    const group = elementById(markup, id);
    expect(group.attributes.get('role')).toBe('group');
    expect(elementById(markup, group.attributes.get('aria-labelledby') ?? '').text).toBe('区县');
    expect(idsIn(group, 'aria-describedby')).toEqual([`${id}-hint`, `${id}-error`]);
    const inline = elementById(markup, `${id}-error`);
    expect(inline.text).toBe('请选择驿站所在的区县。');
    expect(inline.attributes.has('data-nav-item')).toBe(true);
    expect(group.attributes.get('class')).toContain('choice-group-invalid');
  });

  it('describes a group without an error by its hint only', async () => {
    const id = fieldIdFor('station.districtCode');
    const group = elementById(await inKiosk(districtGroup(undefined)), id);
    expect(idsIn(group, 'aria-describedby')).toEqual([`${id}-hint`]);
    expect(group.attributes.get('class')).toBe('choice-group');
  });
});

import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { UiLanguage } from '../../shared/catalog/localizedText.js';
import { en } from './locales/en.js';
import { enEasyRead, zhCNEasyRead } from './locales/easyRead.js';
import { zhCN } from './locales/zh-CN.js';

export const PLAIN_NS = 'translation';
export const EASY_READ_NS = 'easyRead';

export const resources = {
  'zh-CN': { [PLAIN_NS]: zhCN, [EASY_READ_NS]: zhCNEasyRead },
  en: { [PLAIN_NS]: en, [EASY_READ_NS]: enEasyRead },
} as const;

/**
 * One i18next instance per renderer; zh-CN first, English second (DESIGN.md, "i18n").
 * Easy-read is a namespace layered over the plain text: a key it lacks falls back to the plain one.
 */
export async function initI18n(language: UiLanguage): Promise<i18n> {
  await i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'zh-CN',
    ns: [PLAIN_NS, EASY_READ_NS],
    defaultNS: PLAIN_NS,
    fallbackNS: PLAIN_NS,
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
  // The window title is what a screen reader announces first, so it follows the language too (index.html ships the Chinese one).
  const label = (lng: string): void => {
    document.documentElement.lang = lng;
    document.title = i18next.t('app.title', { lng });
  };
  label(language);
  i18next.on('languageChanged', label);
  return i18next;
}

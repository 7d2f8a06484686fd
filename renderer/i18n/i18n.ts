import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { UiLanguage } from '../../shared/catalog/localizedText.js';
import { en } from './locales/en.js';
import { zhCN } from './locales/zh-CN.js';

export const resources = {
  'zh-CN': { translation: zhCN },
  en: { translation: en },
} as const;

/** One i18next instance per renderer; zh-CN first, English second (DESIGN.md, "i18n"). */
export async function initI18n(language: UiLanguage): Promise<i18n> {
  await i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'zh-CN',
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
  document.documentElement.lang = language;
  i18next.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
  });
  return i18next;
}

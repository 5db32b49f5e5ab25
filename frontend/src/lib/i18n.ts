import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import nb from '../locales/nb.json';

export const languages = ['nb', 'nn', 'en'] as const;
export type Language = (typeof languages)[number];
const storageKey = 'nettverk.language';

// Bokmål, the default and the fallback, is in the main bundle; nynorsk and English (35 KB each) are fetched only by
// those who choose them.
const others: Record<Exclude<Language, 'nb'>, () => Promise<{ default: Record<string, unknown> }>> = {
  nn: () => import('../locales/nn.json'),
  en: () => import('../locales/en.json'),
};

function initialLanguage(): Language {
  const stored = typeof localStorage !== 'undefined' ? localStorage.getItem(storageKey) : null;
  return languages.includes(stored as Language) ? (stored as Language) : 'nb';
}

/** Fetches a language's texts, once. */
export async function loadLanguage(language: Language): Promise<void> {
  if (language !== 'nb' && !i18n.hasResourceBundle(language, 'translation'))
    i18n.addResourceBundle(language, 'translation', (await others[language]()).default);
}

/** Switches to a language once its texts are here, so no screen shows keys or a mix of languages meanwhile. */
export async function changeLanguage(language: Language): Promise<void> {
  await loadLanguage(language);
  await i18n.changeLanguage(language);
}

export function setLanguage(language: Language): void {
  localStorage.setItem(storageKey, language);
  void changeLanguage(language);
}

i18n.on('languageChanged', (language) => {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
});

void i18n.use(initReactI18next).init({
  resources: { nb: { translation: nb } },
  lng: 'nb',
  fallbackLng: 'nb',
  interpolation: { escapeValue: false },
});

/** Settles when the stored language's texts are loaded; the app renders after it (main.tsx). */
export const i18nReady = changeLanguage(initialLanguage()).catch(() => undefined);

export default i18n;

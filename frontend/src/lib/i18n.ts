import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';

export const languages = ['nb', 'nn', 'en'] as const;
export type Language = (typeof languages)[number];
const storageKey = 'nettverk.language';

// Bokmål, the default and the fallback, arrives in pieces with the code that shows them (addTexts, called by the
// modules the build's textsWithCode plugin makes); nynorsk and English (20 KB gzipped each) are fetched whole, only by
// those who choose them.
const others: Record<Exclude<Language, 'nb'>, () => Promise<{ default: Record<string, unknown> }>> = {
  nn: () => import('../locales/nn.json'),
  en: () => import('../locales/en.json'),
};

export function initialLanguage(): Language {
  const stored = typeof localStorage !== 'undefined' ? localStorage.getItem(storageKey) : null;
  return languages.includes(stored as Language) ? (stored as Language) : 'nb';
}

/** Adds a group of bokmål texts; called as their modules load, before any code that shows them runs. */
export function addTexts(texts: Record<string, unknown>): void {
  i18n.addResourceBundle('nb', 'translation', texts, true, true);
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

/** The language also in a cookie, for the server: it sends the sign-in page prerendered in it (SpaRoutePreloads.cs). */
const languageCookie = 'nettverk-language';

function rememberLanguage(language: Language): void {
  if (typeof document === 'undefined' || document.cookie.split('; ').includes(`${languageCookie}=${language}`)) return;
  document.cookie = `${languageCookie}=${language}; path=/; max-age=31536000; samesite=lax`;
}

export function setLanguage(language: Language): void {
  localStorage.setItem(storageKey, language);
  rememberLanguage(language);
  void changeLanguage(language);
}

i18n.on('languageChanged', (language) => {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
});

void i18n.use(initReactI18next).init({
  resources: { nb: { translation: {} } },
  lng: 'nb',
  fallbackLng: 'nb',
  interpolation: { escapeValue: false },
  // Ready when init returns: a prerendered page is hydrated in the same task as the bundle runs (main.tsx).
  initAsync: false,
});

/** Settles when the stored language's texts are loaded; the app renders after it (main.tsx). A language chosen
 * before the cookie existed is put in it now. */
export const i18nReady = changeLanguage(initialLanguage()).catch(() => undefined);
if (typeof localStorage !== 'undefined' && localStorage.getItem(storageKey)) rememberLanguage(initialLanguage());

export default i18n;

import nb from '../locales/nb.json';
import { addTexts } from '../lib/i18n';

// The build hands bokmål out with the code that shows it (textsWithCode); a test has it all at once.
addTexts(nb);

// Designsystemet's popover polyfill asks for CSS.escape, which jsdom lacks.
if (typeof globalThis.CSS === 'undefined') (globalThis as { CSS?: unknown }).CSS = {};
if (typeof CSS.escape !== 'function') CSS.escape = (value: string) => value.replace(/[^a-zA-Z0-9_-]/g, (c) => `\\${c}`);
// Designsystemet synchronises spinner and loading-button animations through document.getAnimations, which jsdom lacks.
if (typeof document !== 'undefined' && typeof document.getAnimations !== 'function') document.getAnimations = () => [];

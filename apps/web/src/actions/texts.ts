import texts from 'virtual:texts/actions';
import { addTexts } from '../i18n/i18n';

/**
 * The texts of actions' lists and forms, shown by several screens (a matter's, a milestone's, preparations): loaded
 * once, here, by whichever of them comes first; each screen waits for them with its own.
 */
export const actionTextsLoaded = addTexts(texts);

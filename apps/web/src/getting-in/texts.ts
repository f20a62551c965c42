import texts from 'virtual:texts/gettingIn';
import { addTexts } from '../i18n/i18n';

/** The texts of getting in (accepting an invitation, a forgotten password), shared by its screens and sign-in's link. */
export const textsLoaded = addTexts(texts);

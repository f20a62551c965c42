import texts from 'virtual:texts/move,matterForms';
import { addTexts } from '../i18n/i18n';

/**
 * The texts of the forms that run the process (matters, options, moves), loaded here once for every screen that
 * shows them (the board, the timeline, a matter's page): each such screen waits for them with its own.
 */
export const formTextsLoaded = addTexts(texts);

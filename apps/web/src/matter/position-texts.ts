import texts from 'virtual:texts/position,optionStage';
import { addTexts } from '../i18n/i18n';

/** The names of positions and option stages, shared by a matter's page and the state-of-play report. */
export const positionTextsLoaded = addTexts(texts);

import texts from 'virtual:texts/milestone';
import { addTexts } from '../i18n/i18n';

/** The texts of a milestone's page and form, shown there and on the timeline (adding a milestone). */
export const milestoneTextsLoaded = addTexts(texts);

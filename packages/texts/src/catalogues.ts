// Every language's catalogue at once, for a server that writes to readers of all three (the API's emails).
import en from './catalogue/en.json';
import es from './catalogue/es.json';
import fr from './catalogue/fr.json';
import { catalogueLookup, type Catalogue, type Language, type Lookup } from './render';

export const CATALOGUES: Record<Language, Catalogue> = { en, fr, es };

export const LOOKUPS: Record<Language, Lookup> = {
  en: catalogueLookup(en),
  fr: catalogueLookup(fr),
  es: catalogueLookup(es),
};

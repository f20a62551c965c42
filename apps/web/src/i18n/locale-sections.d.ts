// Sections of the language files as modules (vite.config.ts): `import texts from 'virtual:texts/board,move'`.
declare module 'virtual:texts/*' {
  type Texts = Partial<
    typeof import('./locales/en.json') & typeof import('../../../../packages/texts/src/catalogue/en.json')
  >;
  const texts: Record<'en' | 'fr' | 'es', () => Promise<{ default: Texts }>>;
  export default texts;
}

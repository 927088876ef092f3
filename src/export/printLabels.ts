import type { PrintLabels } from './printHtml.js';

/** The words a PDF carries, from a translate function (the UI's or the CLI's i18next `t`, bound to `print.*`). */
export function printLabels(translate: (key: string) => string): PrintLabels {
  return {
    chinese: translate('print.chinese'),
    english: translate('print.english'),
    notes: translate('print.notes'),
    glossary: translate('print.glossary'),
    glossaryChinese: translate('print.glossaryChinese'),
    glossaryEnglish: translate('print.glossaryEnglish'),
    glossaryDefinition: translate('print.glossaryDefinition'),
    glossaryParagraphs: translate('print.glossaryParagraphs'),
    untranslated: translate('print.untranslated'),
  };
}

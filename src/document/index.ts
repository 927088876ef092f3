export { schema, nodes, marks, type DuizhaoSchema } from './schema.js';
export * from './unitAttrs.js';
export { buildDocument, type UnitSeed } from './buildDocument.js';
export * from './projectFile.js';
export * from './progress.js';
export * from './plainText.js';

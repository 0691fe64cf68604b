/**
 * functions.json per display language (issue 15): Excel shows a custom function's description and
 * its parameters' names and help in the formula tooltip, from the metadata file the manifest names
 * for the user's locale (bt:Url Functions.Metadata.Url with a bt:Override per locale).
 *
 * custom-functions-metadata generates the metadata from the JSDoc of src/functions/functions.ts:
 * ids, types and shapes, and the zh-CN descriptions. src/functions/locales.json adds the rest:
 * - zh-CN: the parameters' Chinese names (the JSDoc can only name them by their identifiers);
 * - en-US: the English description of each function and of each parameter.
 * Names of functions stay the same in every language (=BUDGET.TIE(…) works in any Excel).
 *
 * Used by webpack.config.js (dist/functions.json = zh-CN, dist/functions.en-US.json) and by the tests.
 */
'use strict';

const LOCALES = require('../src/functions/locales.json');

/** The metadata files the build writes, by locale; the first is the default (manifest DefaultLocale). */
const METADATA_FILES = { 'zh-CN': 'functions.json', 'en-US': 'functions.en-US.json' };

/**
 * The generated metadata (functions.json as an object) in `locale`.
 * @throws Error when locales.json does not cover exactly the generated functions and parameters
 */
function localizeMetadata(metadata, locale) {
  const table = LOCALES[locale];
  if (!table) throw new Error(`locales.json has no ${locale}`);
  const ids = metadata.functions.map((fn) => fn.id);
  const extra = Object.keys(table).filter((id) => !ids.includes(id));
  if (extra.length > 0) throw new Error(`locales.json ${locale} names functions that do not exist: ${extra.join(', ')}`);
  return {
    ...metadata,
    functions: metadata.functions.map((fn) => {
      const entry = table[fn.id];
      if (!entry) throw new Error(`locales.json ${locale} lacks ${fn.id}`);
      const parameters = fn.parameters ?? [];
      if (entry.parameters.length !== parameters.length) {
        throw new Error(`locales.json ${locale} ${fn.id}: ${entry.parameters.length} parameters, the function has ${parameters.length}`);
      }
      if (locale === 'zh-CN') {
        return { ...fn, parameters: parameters.map((parameter, i) => ({ ...parameter, name: entry.parameters[i] })) };
      }
      return {
        ...fn,
        description: entry.description,
        parameters: parameters.map((parameter, i) => {
          const [name, description] = entry.parameters[i];
          if (name !== parameter.name) throw new Error(`locales.json ${locale} ${fn.id}: parameter ${i + 1} is ${parameter.name}, not ${name}`);
          return { ...parameter, description };
        }),
      };
    }),
  };
}

module.exports = { localizeMetadata, METADATA_FILES };

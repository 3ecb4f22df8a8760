// @ts-check
const path = require('node:path');
const { pathToFileURL } = require('node:url');

/*
 * Webpack loader for the message files that i18n/messages.ts hands to
 * next-intl (next.config.js): every message compiled at build time with
 * icu-minify, the compiler of next-intl's own `precompile` option, so pages
 * format them with use-intl's small formatter. A message that is no valid ICU
 * but has no argument (a literal "Bearer <sleutel>") stays a plain string,
 * which that formatter returns as it is, just as next-intl returns such a
 * message at run time; one with an argument fails the build.
 */

// next-intl's compiler, resolved from next-intl, whose dependency it is.
const compilerUrl = pathToFileURL(
  require.resolve('icu-minify/compile', { paths: [path.dirname(require.resolve('next-intl/plugin'))] }),
).href;

/** @param {string} source */
module.exports = function precompileMessages(source) {
  const callback = this.async();
  import(compilerUrl)
    .then(({ default: compile }) => {
      /** @type {(node: unknown, key: string) => unknown} */
      const compileTree = (node, key) => {
        if (typeof node !== 'string') {
          return Object.fromEntries(
            Object.entries(/** @type {object} */ (node)).map(([name, child]) => [name, compileTree(child, key ? `${key}.${name}` : name)]),
          );
        }
        try {
          return compile(node);
        } catch (error) {
          if (!node.includes('{')) return node;
          throw new Error(`message ${key} in ${this.resourcePath}: ${/** @type {Error} */ (error).message}`, { cause: error });
        }
      };
      const messages = compileTree(JSON.parse(source), '');
      callback(null, `export default JSON.parse(${JSON.stringify(JSON.stringify(messages))});`);
    })
    .catch(callback);
};

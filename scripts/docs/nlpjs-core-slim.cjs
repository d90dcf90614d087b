// What src/internal/stem.ts's stemmer needs of @nlpjs/core, for the docs search bundle
// (scripts/docs/search.ts): its two classes, without the package's container, logger and the rest.
// Relative paths: the bundle maps the package name itself to this file.
module.exports = { Among: require('../../node_modules/@nlpjs/core/src/among.js'), BaseStemmer: require('../../node_modules/@nlpjs/core/src/base-stemmer.js') };

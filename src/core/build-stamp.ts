/**
 * Names the build: `npm run build` replaces this text, in dist/Code.js and in dist/Templates.html
 * alike, with a hash of both (scripts/build.mjs). A fit the formulas shared through the document
 * cache under another build is never read (gas/shared-fits.ts), and a Templates.html from another
 * build is refused (gas/texts-file.ts): its texts may lack a key this code reads.
 */
export const BUILD_STAMP = 'regulars-build:dev';

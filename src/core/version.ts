/** This copy of Claimkit's version, for the warning two copies on one page give (src/package.node-test.ts keeps it package.json's). */
export const VERSION = '0.1.0';

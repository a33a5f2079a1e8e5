/** The public API's answers are declared once, in the contract (src/contract/public-api.ts). */
export * from '../../contract/public-api.js';

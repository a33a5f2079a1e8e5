/** Vietnam time for the admin: the server's one module (src/time/vietnam-time.ts), pure. */
export { fromVietnamLocalInput, vietnamMonthOf, vietnamParts } from '../time/vietnam-time.js';

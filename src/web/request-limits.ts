/**
 * The largest request body the server reads (Fastify's bodyLimit); media uploads have
 * their own MEDIA_MAX_BYTES through @fastify/multipart. The largest article a save
 * accepts (editorial/body-bounds.ts and the field limits of article-input.ts, some
 * 70,000 characters in all) fits even with every character sent as a six-byte \uXXXX
 * escape; a larger body is refused with 413 before it is parsed.
 */
export const REQUEST_BODY_LIMIT = 512 * 1024;

/** The media library: what other folders may use (storage details stay inside). */
export { attachmentsOf, findMediaById, mediaUrl } from './media.repo.js';
export { countMedia, findMediaByStorageKeys, listMedia, mediaUses, type MediaFilter } from './library.repo.js';
export { canDeleteMedia, deleteMedia, MediaError, uploadMedia, type MediaActor, type MediaContext, type MediaErrorCode, type UploadInput } from './media.service.js';
export { ACCEPTED_DESCRIPTION, SERVED_TYPES, type ImageFormat } from './file-kinds.js';
export { MAX_INPUT_PIXELS, VARIANT_WIDTHS } from './image-variants.js';
export { ARTICLE_IMAGE_SIZES, mediaFileUrl, parseVariants, pictureParts, storageStem, type PictureParts, type StoredVariant } from './variants.js';
export { mediaMessages } from './messages.js';
export { CLI_MEDIA_ACTOR } from './media.service.js';
export { removeMediaFiles } from './storage.js';
export { loadSharp } from './sharp-loader.js';
export { sniffUpload } from './file-kinds.js';

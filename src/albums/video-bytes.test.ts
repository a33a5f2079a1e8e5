/** Videos enter the media library by their bytes: an MP4 and a WebM are accepted as such; a PNG or text renamed .mp4 is not a video. */
import { describe, expect, it } from 'vitest';
import { makeImage } from '../media/test-files.js';
import { sniffUpload } from '../media/file-kinds.js';
import { makeMp4, makeWebm } from './test-videos.js';

describe('video types from the bytes', () => {
  it('accepts an MP4 (ftyp box) and a WebM (EBML DocType webm) as videos', async () => {
    expect(await sniffUpload(makeMp4())).toEqual({ accepted: { kind: 'video', mime: 'video/mp4', ext: 'mp4' } });
    expect(await sniffUpload(makeWebm())).toEqual({ accepted: { kind: 'video', mime: 'video/webm', ext: 'webm' } });
  });

  it('sees a PNG as an image and text as nothing, whatever their name', async () => {
    expect((await sniffUpload(await makeImage(4, 4, 'png'))).accepted?.kind).toBe('image');
    expect(await sniffUpload(Buffer.from('đây không phải video, chỉ là chữ'))).toEqual({ accepted: undefined, detected: undefined });
  });
});

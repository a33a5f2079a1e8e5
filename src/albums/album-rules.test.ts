/** The pure rules of albums: the video host allow-list, the description's HTML, and the workflow steps. */
import { describe, expect, it } from 'vitest';
import type { Actor } from '../editorial/workflow.js';
import { WorkflowError } from '../editorial/workflow.js';
import { descriptionHtml } from './album-input.js';
import { allowedAlbumTransitions, applyAlbumTransition } from './album-workflow.js';
import { checkVideoLink } from './video-hosts.js';

describe('video links', () => {
  it('accepts https links on the listed hosts and their subdomains', () => {
    for (const url of ['https://www.youtube.com/watch?v=x1', 'https://youtu.be/x1', 'https://qrt.vn/video/a', 'https://vtv.vn/video/b.htm', 'https://m.youtube.com/watch?v=1']) {
      expect(checkVideoLink(url), url).toMatchObject({ ok: true });
    }
  });
  it('refuses other hosts, other schemes, look-alikes, credentials and ports, naming the allowed hosts', () => {
    for (const url of ['https://vimeo.com/1', 'http://youtu.be/1', 'ftp://qrt.vn/a', 'https://notyoutube.com/x', 'https://youtube.com.evil.vn/x', 'https://a:b@qrt.vn/', 'https://qrt.vn:8443/', 'không phải địa chỉ', '', `https://qrt.vn/${'a'.repeat(600)}`]) {
      const checked = checkVideoLink(url);
      expect(checked.ok, url).toBe(false);
      if (!checked.ok) expect(checked.message).toContain('youtube.com, youtu.be, qrt.vn, vtv.vn');
    }
  });
});

describe('description as HTML', () => {
  it('escapes and splits into paragraphs at blank lines', () => {
    expect(descriptionHtml('Dòng một\ncùng đoạn\n\n\n<script>x</script> & "b"')).toBe('<p>Dòng một cùng đoạn</p>\n<p>&lt;script&gt;x&lt;/script&gt; &amp; &quot;b&quot;</p>');
    expect(descriptionHtml('  \n ')).toBe('');
  });
});

describe('album workflow', () => {
  const as = (role: Actor['role'], userId = 1): Actor => ({ userId, isSystemAdmin: false, role });
  it('takes a page’s steps and words its refusals for an album', () => {
    expect(allowedAlbumTransitions(as('approver'), { status: 'approved', createdBy: 2 })).toEqual(['return', 'publish']);
    expect(() => applyAlbumTransition(as('contributor'), { status: 'approved', createdBy: 1 }, 'publish', undefined)).toThrow(WorkflowError);
    expect(() => applyAlbumTransition(as('approver'), { status: 'draft', createdBy: 1 }, 'publish', undefined)).toThrow('album');
  });
});

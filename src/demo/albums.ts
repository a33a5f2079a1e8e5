/**
 * The demo's albums (Thư viện ảnh): two for Cam Lộ and one for the province, published,
 * with Vietnamese captions. The demo system has no photographs of its own, so the
 * pictures are drawn here (sky, hills, river and a title band as SVG, encoded to JPEG by
 * the media library like any upload) — nothing is downloaded. Needs the media folder;
 * the seed skips albums when it has none (tests that seed only the database).
 */
import type { Kysely } from 'kysely';
import { createAlbum, transitionAlbum } from '../albums/album-editing.js';
import type { Database } from '../db/schema.js';
import type { EditContext } from '../editorial/editing.js';
import { loadSharp, uploadMedia } from '../media/index.js';
import { escapeHtml } from './generator/template.js';

interface DemoPhoto {
  /** The picture's words: its alt text and its caption. */
  alt: string;
  caption: string;
  credit: string;
  /** Sky, land and water colours. */
  colours: [string, string, string];
}

interface DemoAlbum {
  site: string;
  title: string;
  description: string;
  publishedAt: string;
  photos: DemoPhoto[];
}

const ALBUMS: DemoAlbum[] = [
  {
    site: 'camlo',
    title: 'Lễ hội Xuân Cam Lộ năm 2023',
    description: 'Một số hình ảnh tại Lễ hội Xuân và chương trình văn nghệ chào mừng năm mới tại Quảng trường huyện Cam Lộ.\n\nẢnh: Trung tâm Văn hóa - Thông tin - Thể thao huyện Cam Lộ.',
    publishedAt: '2023-01-28T03:00:00.000Z',
    photos: [
      { alt: 'Quảng trường huyện Cam Lộ trang hoàng cờ hoa đón Xuân', caption: 'Quảng trường huyện trang hoàng cờ hoa đón Xuân mới', credit: 'Minh Đức', colours: ['#9fd3f0', '#c0392b', '#f1c40f'] },
      { alt: 'Đội văn nghệ biểu diễn tiết mục múa chào mừng', caption: 'Tiết mục múa chào mừng của đội văn nghệ thị trấn Cam Lộ', credit: 'Minh Đức', colours: ['#1f2a44', '#8e44ad', '#e67e22'] },
      { alt: 'Người dân tham gia trò chơi dân gian kéo co', caption: 'Người dân hào hứng tham gia trò chơi dân gian', credit: 'Thanh Hà', colours: ['#bfe3f7', '#4f8a3c', '#d35400'] },
    ],
  },
  {
    site: 'camlo',
    title: 'Mùa hồ tiêu trên vùng đất đỏ Cam Lộ',
    description: 'Nông dân các xã Cam Tuyền, Cam Thành thu hoạch hồ tiêu — cây trồng chủ lực của huyện.',
    publishedAt: '2023-04-12T02:30:00.000Z',
    photos: [
      { alt: 'Vườn hồ tiêu xanh tốt trên đất đỏ bazan', caption: 'Vườn hồ tiêu trên đất đỏ bazan xã Cam Tuyền', credit: 'Hoàng Nam', colours: ['#cde9f6', '#2e7d32', '#8d3b1f'] },
      { alt: 'Nông dân hái những chùm tiêu chín', caption: 'Nông dân thu hái những chùm tiêu chín đỏ', credit: 'Hoàng Nam', colours: ['#e3f2fd', '#388e3c', '#b71c1c'] },
    ],
  },
  {
    site: 'quangtri',
    title: 'Đại lễ Thống nhất non sông',
    description: 'Hình ảnh Lễ hội Thống nhất non sông tại Khu di tích quốc gia đặc biệt Đôi bờ Hiền Lương - Bến Hải.',
    publishedAt: '2023-04-30T01:00:00.000Z',
    photos: [
      { alt: 'Cầu Hiền Lương sơn hai màu bắc qua sông Bến Hải', caption: 'Cầu Hiền Lương bắc qua sông Bến Hải trong ngày lễ', credit: 'Ban biên tập', colours: ['#a7d8f0', '#5d7f3b', '#1565c0'] },
      { alt: 'Lễ thượng cờ trên kỳ đài bờ Bắc', caption: 'Lễ thượng cờ tại kỳ đài bờ Bắc sông Bến Hải', credit: 'Ban biên tập', colours: ['#ffe0b2', '#c62828', '#1e88e5'] },
      { alt: 'Thành cổ Quảng Trị nhìn từ trên cao', caption: 'Thành cổ Quảng Trị, nơi tưởng niệm các anh hùng liệt sĩ', credit: 'Ban biên tập', colours: ['#b3e5fc', '#33691e', '#0d47a1'] },
    ],
  },
];

/** A 1200×800 landscape: sky, two hills, a river and a band with the caption. */
async function drawPhoto(p: DemoPhoto): Promise<Buffer> {
  const [sky, land, water] = p.colours;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800">
<rect width="1200" height="800" fill="${sky}"/>
<circle cx="960" cy="170" r="70" fill="#fff6c8"/>
<path d="M0 520 Q300 300 620 500 T1200 460 V800 H0 Z" fill="${land}"/>
<path d="M0 640 Q400 580 700 650 T1200 620 V800 H0 Z" fill="${water}" opacity="0.85"/>
<rect y="700" width="1200" height="100" fill="#000" opacity="0.45"/>
<text x="40" y="762" font-family="sans-serif" font-size="40" fill="#fff">${escapeHtml(p.caption)}</text>
</svg>`;
  return (await loadSharp())(Buffer.from(svg)).jpeg({ quality: 82 }).toBuffer();
}

/** Uploads the pictures to each site's library and publishes its albums, as `authorId`. */
export async function seedDemoAlbums(db: Kysely<Database>, mediaDir: string, authorId: number, sites: ReadonlyMap<string, number>): Promise<number> {
  let count = 0;
  for (const album of ALBUMS) {
    const siteId = sites.get(album.site);
    if (siteId === undefined) continue;
    const actor = { userId: authorId, isSystemAdmin: true, role: undefined };
    const ctx: EditContext = { actor, actorName: 'Quản trị hệ thống', siteId, now: new Date(album.publishedAt) };
    const items = [];
    for (const [i, photo] of album.photos.entries()) {
      const row = await uploadMedia(
        { db, mediaDir },
        { siteId, siteSlug: album.site, bytes: await drawPhoto(photo), originalName: `${album.site}-album-${count + 1}-${i + 1}.jpg`, altText: photo.alt, caption: photo.caption, by: { actor, username: 'admin', ip: null }, now: ctx.now },
      );
      items.push({ kind: 'photo' as const, mediaId: row.id, caption: photo.caption, credit: photo.credit });
    }
    const created = await createAlbum(db, ctx, { title: album.title, description: album.description, coverMediaId: null, items });
    for (const transition of ['submit', 'approve', 'publish'] as const) await transitionAlbum(db, ctx, created.id, { transition });
    count += 1;
  }
  return count;
}

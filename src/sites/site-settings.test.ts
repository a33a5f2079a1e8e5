/** Site settings: colour contrast against white, and what the schema accepts. */
import { describe, expect, it } from 'vitest';
import { contrastWithWhite, siteSettingsSchema } from './site-settings.js';

const valid = {
  name: 'Cổng thông tin điện tử huyện Cam Lộ',
  shortName: 'Cam Lộ',
  contact: { address: 'Khu phố 2, thị trấn Cam Lộ', email: 'ubnd@camlo.gov.vn', phone: '0233 3871 234', footer: '' },
  responsibleAgency: 'UBND huyện Cam Lộ',
  responsiblePerson: '',
  themeColor: '#0B4F8A',
  publicServiceUrl: 'https://dichvucong.quangtri.gov.vn',
};

describe('site settings', () => {
  it('computes WCAG contrast with white', () => {
    expect(contrastWithWhite('#000000')).toBeCloseTo(21, 1);
    expect(contrastWithWhite('#ffffff')).toBeCloseTo(1, 5);
    expect(contrastWithWhite('#767676')).toBeGreaterThanOrEqual(4.5);
    expect(contrastWithWhite('#777777')).toBeLessThan(4.5);
  });

  it('accepts good settings, normalising colour and empty values', () => {
    const parsed = siteSettingsSchema.parse(valid);
    expect(parsed.themeColor).toBe('#0b4f8a');
    expect(parsed.responsiblePerson).toBeNull();
    expect(siteSettingsSchema.parse({ ...valid, publicServiceUrl: '' }).publicServiceUrl).toBeNull();
  });

  it('explains bad colours, low contrast and bad URLs', () => {
    const message = (input: object) => siteSettingsSchema.safeParse(input).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];
    expect(message({ ...valid, themeColor: 'red' })).toEqual([expect.stringContaining('themeColor: Màu chủ đạo phải có dạng #rrggbb')]);
    expect(message({ ...valid, themeColor: '#ffcc00' })).toEqual([expect.stringMatching(/themeColor: .*1\.\d\d:1.*4\.5:1/)]);
    expect(message({ ...valid, publicServiceUrl: 'http://dichvucong.gov.vn' })).toEqual([expect.stringContaining('https://')]);
    expect(message({ ...valid, publicServiceUrl: 'javascript:alert(1)' })).toHaveLength(1);
    expect(message({ ...valid, contact: { ...valid.contact, email: 'khong-phai-email' } })).toEqual([expect.stringContaining('contact.email')]);
  });
});

/** What readers are told on the topics pages (/chuyen-de). */
export const topicsVi = {
  title: 'Chuyên đề',
  lead: (site: string) => `Các chuyên đề tuyên truyền trên ${site}, tập hợp tin bài của các cổng thông tin trong hệ thống.`,
  none: 'Hiện chưa có chuyên đề nào.',
  dates: 'Thời gian',
  from: (day: string) => `Từ ${day}`,
  until: (day: string) => `Đến ${day}`,
  articles: 'Tin bài trong chuyên đề',
  count: (n: number) => `${n.toLocaleString('vi-VN')} tin bài`,
  noArticles: 'Chuyên đề chưa có tin bài nào.',
  source: 'Nguồn',
  otherSite: 'tin bài trên cổng thông tin khác',
  systemWide: 'Chuyên đề chung của hệ thống',
  rss: 'Tin bài của chuyên đề (RSS)',
  rssDescription: (topic: string, site: string) => `Tin bài mới của chuyên đề "${topic}" trên ${site} và các cổng trong hệ thống`,
  /** "2022-11-15" → "15/11/2022". */
  day: (value: string) => {
    const [y, m, d] = value.split('-');
    return `${d ?? ''}/${m ?? ''}/${y ?? ''}`;
  },
} as const;

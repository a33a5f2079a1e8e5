/** The words of the syndicated news on a parent site ("Tin từ các địa phương"). */
export const syndicationVi = {
  title: 'Tin từ các địa phương',
  lead: (siteName: string) => `Tin bài do các cổng thông tin cấp dưới đề xuất và ${siteName} nhận đăng. Mỗi tin dẫn về trang gốc trên cổng đã đăng tin.`,
  empty: 'Chưa có tin nào từ các địa phương.',
  source: 'Nguồn',
  all: 'Xem tất cả tin từ các địa phương',
  rssDescription: (siteName: string) => `Tin bài từ các cổng thông tin cấp dưới được ${siteName} nhận đăng, mới nhận trước.`,
  /** Read aloud after a link that leaves for another portal. */
  onSource: (siteName: string) => `(trên ${siteName})`,
} as const;

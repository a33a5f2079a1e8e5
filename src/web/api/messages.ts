/**
 * Every Vietnamese string of the JSON API: problem titles and details, and the
 * descriptions published in /api/v1/openapi.json. One catalogue, like web/messages.ts.
 */
import { REQUEST_BODY_LIMIT } from '../request-limits.js';

export const apiVi = {
  title: 'API công khai của hệ thống cổng thông tin điện tử',
  description:
    'API chỉ đọc, không cần xác thực, dành cho ứng dụng di động, trang tổng hợp tin và cổng thông tin cấp trên. ' +
    'Cổng (site) được chọn theo tên miền (Host) của yêu cầu. Thời gian theo chuẩn ISO 8601: UTC và giờ Việt Nam (+07:00). ' +
    'Lỗi được trả về theo RFC 9457 (application/problem+json).',
  problems: {
    badRequestTitle: 'Yêu cầu không hợp lệ',
    badRequest: 'Một hoặc nhiều tham số không hợp lệ. Xem danh sách "errors" để biết tham số nào cần sửa.',
    invalidField: (name: string, rule: string) => `Giá trị của "${name}" không hợp lệ. Yêu cầu: ${rule}`,
    badCursor: 'Con trỏ phân trang không hợp lệ hoặc không dùng được với các tham số này. Hãy dùng đúng giá trị "nextCursor" đã nhận.',
    badRange: 'Ngày bắt đầu ("from") phải trước hoặc bằng ngày kết thúc ("to").',
    unknownCategory: 'Không có chuyên mục với mã này trên cổng thông tin hiện tại.',
    unknownSiteFilter: 'Không có cổng thông tin với mã này trong hệ thống.',
    categoryNeedsSite: 'Lọc theo chuyên mục chỉ dùng được khi tìm trong một cổng thông tin (không dùng với site=all).',
    notFoundTitle: 'Không tìm thấy',
    notFound: 'Tài nguyên bạn yêu cầu không tồn tại. Hãy kiểm tra lại đường dẫn.',
    siteNotFound: 'Không có cổng thông tin với mã này trong hệ thống.',
    albumNotFound: 'Cổng này không có album đã đăng với địa chỉ này.',
    questionNotFound: 'Không có câu hỏi đã đăng với địa chỉ này trên cổng.',
    articleNotFound: 'Không có tin bài đã đăng với mã số này trên cổng thông tin hiện tại.',
    documentNotFound: 'Không có văn bản đã đăng với mã số hoặc địa chỉ này trên cổng thông tin.',
    consultationNotFound: 'Cổng này không có dự thảo lấy ý kiến đã đăng với địa chỉ này.',
    goneTitle: 'Nội dung không còn được đăng',
    gone: 'Tin bài này đã được gỡ khỏi cổng thông tin.',
    withdrawn: 'Tin bài này đã được cơ quan chủ quản thu hồi.',
    tooManyTitle: 'Quá nhiều yêu cầu',
    tooMany: (seconds: number) => `Bạn đã gửi quá nhiều yêu cầu. Vui lòng thử lại sau ${seconds} giây.`,
    serverErrorTitle: 'Hệ thống đang gặp sự cố',
    serverError: 'Đã có lỗi xảy ra phía máy chủ. Vui lòng thử lại sau ít phút.',
    tooLargeTitle: 'Yêu cầu quá lớn',
    tooLarge: `Dữ liệu gửi lên vượt quá giới hạn ${REQUEST_BODY_LIMIT / 1024} KB của một yêu cầu.`,
  },
  tags: {
    sites: 'Các cổng thông tin của hệ thống',
    categories: 'Chuyên mục của cổng hiện tại',
    articles: 'Tin bài đã đăng của cổng hiện tại',
    search: 'Tìm kiếm',
    documents: 'Văn bản đã đăng của một cổng (số ký hiệu, loại, cơ quan ban hành, hiệu lực)',
    albums: 'Thư viện ảnh: album ảnh, video đã đăng của một cổng',
    consultations: 'Lấy ý kiến dự thảo: các dự thảo đã đăng của một cổng và ý kiến đã được duyệt',
    questions: 'Hỏi đáp: câu hỏi của người dân đã được trả lời và đăng (không kèm thông tin cá nhân)',
    meta: 'Mô tả API',
    schedule: 'Lịch công tác và danh bạ của một cổng',
  },
  responses: {
    ok: 'Thành công',
    notModified: 'Không thay đổi so với bản có ETag trong If-None-Match (không có nội dung)',
    badRequest: 'Tham số không hợp lệ',
    notFound: 'Không tìm thấy',
    gone: 'Tin bài đã bị gỡ hoặc thu hồi',
    tooMany: 'Vượt giới hạn số yêu cầu; thử lại sau số giây trong Retry-After',
    serverError: 'Lỗi máy chủ',
    etag: 'Thẻ thực thể mạnh (băm nội dung); gửi lại trong If-None-Match để nhận 304',
    cacheControl: 'Thời gian lưu đệm: danh sách 60 giây, chi tiết 300 giây',
    retryAfter: 'Số giây cần chờ trước khi gửi lại',
    ifNoneMatch: 'ETag đã nhận trước đó; nếu nội dung không đổi, máy chủ trả 304',
  },
} as const;

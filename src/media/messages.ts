/** Every Vietnamese sentence the media library says to editors, in one place. */
import { ACCEPTED_DESCRIPTION } from './file-kinds.js';

function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}

export const mediaMessages = {
  unsupportedTitle: 'Loại tệp không được hỗ trợ',
  unsupported: (detected: string | undefined) =>
    `${detected ? `Nội dung tệp là định dạng "${detected.toUpperCase()}", ` : 'Không nhận ra định dạng của tệp, '}không được phép tải lên. ` +
    `Chỉ nhận ${ACCEPTED_DESCRIPTION}; định dạng được xác định theo nội dung tệp, không theo tên hay phần mở rộng.`,
  altRequiredTitle: 'Thiếu mô tả ảnh',
  altRequired: 'Hãy nhập mô tả ảnh (văn bản thay thế) để người khiếm thị cũng hiểu được nội dung ảnh.',
  badImageTitle: 'Ảnh không hợp lệ',
  unreadableImage: 'Không đọc được ảnh: tệp bị hỏng hoặc không đúng định dạng như nội dung khai báo.',
  tooManyPixelsTitle: 'Ảnh quá lớn',
  tooManyPixels: (megapixels: number) => `Ảnh quá lớn: tối đa ${megapixels} triệu điểm ảnh. Hãy thu nhỏ ảnh rồi tải lại.`,
  tooLargeTitle: 'Tệp quá lớn',
  tooLarge: (limit: number) => `Tệp vượt quá dung lượng cho phép (tối đa ${megabytes(limit)}).`,
  badFormTitle: 'Dữ liệu tải lên không hợp lệ',
  notMultipart: 'Hãy gửi tệp bằng biểu mẫu multipart/form-data với trường "file".',
  missingFile: 'Chưa chọn tệp để tải lên (trường "file").',
  emptyFile: 'Tệp tải lên rỗng.',
  tooManyParts: 'Biểu mẫu có quá nhiều trường hoặc nhiều hơn một tệp.',
  notFoundTitle: 'Không tìm thấy tệp',
  notFound: 'Tệp này không có trong thư viện của cổng thông tin.',
  forbiddenTitle: 'Không có quyền',
  forbiddenDelete: 'Chỉ người đã tải tệp lên, người duyệt hoặc quản trị cổng mới được xóa tệp này.',
  inUseTitle: 'Tệp đang được sử dụng',
  inUse: (count: number) => `Không thể xóa: tệp đang được dùng ở ${count} nơi (tin bài, trang, album ảnh hoặc biểu trưng của cổng). Hãy gỡ tệp khỏi các nội dung đó trước.`,
};

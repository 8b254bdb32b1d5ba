/** Vietnamese text of the processing area (appraisers, approvers, agency heads); merged into `vi.ts`. */
export const processingVi = {
  processing: {
    title: 'Xử lý hồ sơ',
    description: 'Thẩm định, yêu cầu bổ sung, lấy ý kiến cơ quan phối hợp, phê duyệt và ký kết quả giải quyết hồ sơ.',
    inbox: 'Hồ sơ của cơ quan, hạn trả gần nhất trước',
    filters: {
      title: 'Lọc hồ sơ',
      search: 'Tìm theo mã hồ sơ hoặc tên người nộp',
      status: 'Trạng thái',
      warning: 'Cảnh báo',
      mine: 'Chỉ hồ sơ tôi xử lý',
      all: 'Tất cả',
    },
  },
};

/** Vietnamese text shared by the statistics pages (the leaders' reports and the public figures); merged into `vi.ts`. */
export const reportVi = {
  report: {
    period: {
      label: 'Kỳ số liệu',
      from: 'Từ ngày',
      to: 'Đến ngày',
      month: 'Tháng này',
      quarter: 'Quý này',
      year: 'Năm nay',
    },
    periodShown: 'Từ ngày {{from}} đến ngày {{to}}',
    noRate: 'Chưa có',
    empty: 'Không có số liệu trong kỳ.',
    agency: 'Cơ quan',
    field: 'Lĩnh vực',
    allAgencies: 'Toàn tỉnh (tất cả cơ quan)',
    province: 'Toàn tỉnh',
    total: 'Tổng cộng',
    ledger: {
      title: 'Sổ theo dõi hồ sơ',
      intro:
        'Mỗi hồ sơ tiếp nhận trong kỳ là một dòng. Kỳ dài có thể tới hàng trăm nghìn dòng: tệp được tạo dần, có thể theo dõi tiến độ.',
      export: 'Xuất Excel',
      progress: 'Đã ghi {{done}}/{{total}} hồ sơ',
      done: 'Đã xuất xong {{total}} hồ sơ.',
      download: 'Tải tệp {{fileName}}',
      failed: 'Xuất Excel không thành công',
    },
  },
};

/** Vietnamese text of the public figures page (`/so-lieu`); merged into `vi.ts`. */
export const statisticsVi = {
  statistics: {
    title: 'Số liệu giải quyết hồ sơ',
    intro:
      'Tình hình tiếp nhận và giải quyết hồ sơ thủ tục hành chính của từng cơ quan trên địa bàn tỉnh, tính đến cuối ngày được chọn. Bấm vào tiêu đề cột để sắp xếp.',
    table: 'Số liệu của từng cơ quan',
    received: 'Hồ sơ tiếp nhận',
    receivedHint: 'Gồm hồ sơ mới tiếp nhận trong kỳ và hồ sơ kỳ trước chuyển qua',
    resolved: 'Đã giải quyết',
    onTimeRate: 'Tỷ lệ đúng hạn',
    onTimeRateHint: 'Hồ sơ giải quyết trước hạn và đúng hạn trên tổng số hồ sơ đã giải quyết',
    inProgress: 'Đang giải quyết',
    overdue: 'Đang quá hạn',
    atEnd: 'tính đến cuối ngày {{date}}',
    levelsAtEnd: 'Hồ sơ tiếp nhận, đã giải quyết: trong kỳ; hồ sơ đang giải quyết, đang quá hạn: {{atEnd}}.',
    chartLabel:
      'Biểu đồ thanh ngang số hồ sơ tiếp nhận, đã giải quyết và đang quá hạn của {{agencies}} cơ quan; số liệu chi tiết ở dưới',
  },
};

/** Vietnamese text of consultations (lấy ý kiến, liên thông): the consulted agency's inbox and the dossier's table. */
export const consultationVi = {
  consultation: {
    nav: 'Xin ý kiến',
    title: 'Yêu cầu lấy ý kiến gửi cơ quan',
    intro:
      'Các cơ quan chủ trì đề nghị cơ quan cho ý kiến về hồ sơ, hạn trả lời gần nhất trước. Mở hồ sơ để xem tài liệu và trả lời.',
    count: '{{count}} yêu cầu',
    empty: 'Không có yêu cầu lấy ý kiến nào',
    filters: {
      title: 'Lọc yêu cầu lấy ý kiến',
      status: 'Trạng thái',
      warning: 'Cảnh báo',
      all: 'Tất cả',
    },
    status: { open: 'Chờ trả lời', answered: 'Đã trả lời', all: 'Tất cả' },
    warning: { due_soon: 'Sắp đến hạn trả lời', overdue: 'Quá hạn trả lời' },
    columns: { dossier: 'Hồ sơ, nội dung xin ý kiến', deadline: 'Hạn trả lời', answer: 'Ý kiến trả lời' },
    lead: 'Cơ quan chủ trì: {{name}}',
    openedAt: 'Gửi lúc {{at}}',
    answeredAt: 'Trả lời lúc {{at}}',
    waiting: 'Chờ trả lời',
    lapsed: 'Quá hạn, không có ý kiến',
    closed: 'Đã kết thúc lấy ý kiến',
    agrees: 'Thống nhất',
    disagrees: 'Không thống nhất',
    result: { early: 'Trả lời sớm hạn', onTime: 'Trả lời đúng hạn', late: 'Trễ hạn' },
  },
};

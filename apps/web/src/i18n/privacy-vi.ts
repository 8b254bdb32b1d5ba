/** Vietnamese text of the personal-data access log (NĐ 13/2023/NĐ-CP). */
export const privacyVi = {
  privacy: {
    nav: 'Nhật ký dữ liệu cá nhân',
    title: 'Nhật ký truy cập dữ liệu cá nhân',
    intro:
      'Mỗi lần cán bộ xem đầy đủ thông tin cá nhân của người nộp hoặc in biểu mẫu của hồ sơ đều được ghi lại (Nghị định 13/2023/NĐ-CP), mới nhất trước.',
    columns: {
      at: 'Thời điểm',
      dossier: 'Hồ sơ',
      officer: 'Cán bộ',
      agency: 'Cơ quan giải quyết',
      ground: 'Căn cứ',
      view: 'Nội dung đã xem',
      requestId: 'Mã yêu cầu',
    },
    ground: { own_agency: 'Cơ quan giải quyết', consultation: 'Được lấy ý kiến', director: 'Lãnh đạo trung tâm' },
    view: {
      dossier: 'Hồ sơ (đầy đủ)',
      receipt: 'Giấy tiếp nhận',
      notice: 'Phiếu thông báo',
      control_sheet: 'Phiếu kiểm soát',
      ledger: 'Sổ theo dõi (Excel)',
      store_document: 'Giấy tờ từ kho dữ liệu của công dân',
    },
    empty: 'Chưa có lượt truy cập nào',
  },
};

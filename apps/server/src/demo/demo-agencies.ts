/**
 * The 24 agencies of the demo province (DESIGN §11), in order: code `000.00.NN.H49`, NN = 01…24.
 * H49 is Quảng Ninh's province group in QCVN 102:2016/BTTTT.
 */
export const DEMO_AGENCIES = [
  ['congan', 'Công an tỉnh'],
  ['gtvt', 'Sở Giao thông vận tải'],
  ['bhxh', 'Bảo hiểm xã hội tỉnh'],
  ['khobac', 'Kho bạc Nhà nước tỉnh'],
  ['khdt', 'Sở Kế hoạch và Đầu tư'],
  ['tuphap', 'Sở Tư pháp'],
  ['tnmt', 'Sở Tài nguyên và Môi trường'],
  ['xaydung', 'Sở Xây dựng'],
  ['congthuong', 'Sở Công Thương'],
  ['nnptnt', 'Sở Nông nghiệp và Phát triển nông thôn'],
  ['yte', 'Sở Y tế'],
  ['gddt', 'Sở Giáo dục và Đào tạo'],
  ['ldtbxh', 'Sở Lao động - Thương binh và Xã hội'],
  ['taichinh', 'Sở Tài chính'],
  ['noivu', 'Sở Nội vụ'],
  ['vhttdl', 'Sở Văn hóa, Thể thao và Du lịch'],
  ['tttt', 'Sở Thông tin và Truyền thông'],
  ['khcn', 'Sở Khoa học và Công nghệ'],
  ['ngoaivu', 'Sở Ngoại vụ'],
  ['kkt', 'Ban Quản lý Khu kinh tế'],
  ['thue', 'Cục Thuế tỉnh'],
  ['dantoc', 'Ban Dân tộc'],
  ['haiquan', 'Cục Hải quan tỉnh'],
  ['nhnn', 'Ngân hàng Nhà nước chi nhánh tỉnh'],
].map(([slug, name], index) => ({
  slug: slug!,
  name: name!,
  code: `000.00.${String(index + 1).padStart(2, '0')}.H49`,
}));

export const PROVINCE_CENTER = {
  code: 'H49',
  name: 'Trung tâm Phục vụ hành chính công tỉnh Quảng Ninh',
  level: 'province' as const,
  // The center opened on 2014-03-26 (DESIGN §9).
  effectiveFrom: '2014-03-26',
};

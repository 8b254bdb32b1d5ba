import type { AgencyData } from './types.ts';

export const DANTOC: AgencyData = {
  slug: 'dantoc',
  prefix: 'DT',
  fields: [
    {
      name: 'Công tác dân tộc',
      legal: ['Quyết định số 12/2018/QĐ-TTg về tiêu chí lựa chọn, công nhận người có uy tín và chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số'],
      real: [
        { name: 'Công nhận người có uy tín trong đồng bào dân tộc thiểu số', limit: 15, docs: ['Văn bản đề nghị của Ủy ban nhân dân cấp xã', 'Biên bản họp bình chọn người có uy tín của thôn', 'Danh sách người được bình chọn'] },
        { name: 'Đưa ra khỏi danh sách người có uy tín trong đồng bào dân tộc thiểu số', limit: 15, docs: ['Văn bản đề nghị của Ủy ban nhân dân cấp xã', 'Biên bản họp thôn về việc đưa ra khỏi danh sách'] },
      ],
      subjects: ['quyết định hỗ trợ học sinh, sinh viên dân tộc thiểu số', 'quyết định hỗ trợ đất sản xuất cho hộ đồng bào dân tộc thiểu số'],
    },
  ],
};

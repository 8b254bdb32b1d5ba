import { AUTHORISATION, CCCD_SHOWN } from './common.ts';
import type { AgencyData } from './types.ts';

const EDUCATION = 'Luật Giáo dục số 43/2019/QH14';

export const GDDT: AgencyData = {
  slug: 'gddt',
  prefix: 'GD',
  fields: [
    {
      name: 'Hệ thống văn bằng, chứng chỉ',
      legal: [EDUCATION, 'Thông tư số 21/2019/TT-BGDĐT ban hành Quy chế quản lý bằng tốt nghiệp trung học cơ sở, bằng tốt nghiệp trung học phổ thông, văn bằng giáo dục đại học và chứng chỉ'],
      real: [
        { name: 'Cấp bản sao văn bằng, chứng chỉ từ sổ gốc', limit: 1, cutoff: '15:00', online: 'full', docs: ['Đơn đề nghị cấp bản sao văn bằng, chứng chỉ từ sổ gốc (mẫu)', CCCD_SHOWN, AUTHORISATION] },
        { name: 'Chỉnh sửa nội dung văn bằng, chứng chỉ', limit: 5, online: 'full', docs: ['Đơn đề nghị chỉnh sửa văn bằng, chứng chỉ (mẫu)', 'Văn bằng, chứng chỉ đề nghị chỉnh sửa', 'Quyết định thay đổi hoặc cải chính hộ tịch|c', 'Bản sao giấy khai sinh|c'] },
        { name: 'Công nhận văn bằng tốt nghiệp các cấp học phổ thông do cơ sở nước ngoài cấp', limit: 20, online: 'full', docs: ['Đơn đề nghị công nhận văn bằng (mẫu)', 'Bản sao văn bằng đề nghị công nhận kèm bản dịch công chứng|c', 'Bản sao kết quả học tập kèm bản dịch công chứng|c'] },
      ],
      subjects: ['giấy chứng nhận tốt nghiệp tạm thời trung học phổ thông'],
    },
    {
      name: 'Thi, tuyển sinh',
      legal: [EDUCATION, 'Thông tư số 24/2024/TT-BGDĐT ban hành Quy chế thi tốt nghiệp trung học phổ thông'],
      real: [
        { name: 'Phúc khảo bài thi tốt nghiệp trung học phổ thông', limit: 15, online: 'full', docs: ['Đơn đề nghị phúc khảo bài thi (mẫu)'] },
        { name: 'Chuyển trường đối với học sinh trung học phổ thông', limit: 3, online: 'partial', docs: ['Đơn xin chuyển trường của cha, mẹ hoặc người giám hộ (mẫu)', 'Học bạ', 'Giấy giới thiệu chuyển trường do hiệu trưởng nhà trường nơi đi cấp', 'Bản sao giấy khai sinh|c'] },
        { name: 'Xét, cấp học bổng chính sách cho học sinh trường phổ thông dân tộc nội trú', limit: 15, online: 'partial', docs: ['Đơn đề nghị cấp học bổng (mẫu)', 'Giấy xác nhận hộ nghèo, hộ cận nghèo|c|1|Học sinh thuộc hộ nghèo, hộ cận nghèo'] },
      ],
      subjects: ['giấy chứng nhận đủ điều kiện tổ chức thi cấp chứng chỉ ngoại ngữ'],
    },
    {
      name: 'Cơ sở giáo dục và đào tạo',
      organisations: true,
      legal: [EDUCATION, 'Nghị định số 125/2024/NĐ-CP quy định về điều kiện đầu tư và hoạt động trong lĩnh vực giáo dục'],
      real: [
        { name: 'Thành lập trường trung học phổ thông tư thục', limit: 20, online: 'partial', docs: ['Tờ trình đề nghị thành lập trường (mẫu)', 'Đề án thành lập trường', 'Văn bản xác nhận khả năng tài chính|c', 'Bản sao giấy tờ chứng minh quyền sử dụng đất|c'] },
        { name: 'Cho phép trường trung học phổ thông hoạt động giáo dục', limit: 20, online: 'partial', docs: ['Tờ trình đề nghị cho phép hoạt động giáo dục (mẫu)', 'Bản sao quyết định thành lập trường|c', 'Danh sách cán bộ quản lý, giáo viên kèm văn bằng|c', 'Quy chế tổ chức và hoạt động của trường'] },
        { name: 'Cấp phép hoạt động giáo dục kỹ năng sống và hoạt động giáo dục ngoài giờ chính khóa', limit: 15, online: 'full', docs: ['Tờ trình đề nghị cấp phép (mẫu)', 'Chương trình giáo dục kỹ năng sống', 'Danh sách người tham gia quản lý và giảng dạy kèm văn bằng|c'] },
      ],
      subjects: ['quyết định cho phép liên kết giáo dục với nước ngoài', 'giấy phép hoạt động giáo dục của trường mầm non tư thục'],
    },
    {
      name: 'Giáo dục thường xuyên',
      organisations: true,
      legal: [EDUCATION, 'Thông tư số 21/2018/TT-BGDĐT ban hành Quy chế tổ chức và hoạt động của trung tâm ngoại ngữ, tin học'],
      real: [
        { name: 'Cho phép trung tâm ngoại ngữ, tin học hoạt động giáo dục', limit: 20, online: 'full', docs: ['Tờ trình đề nghị cho phép hoạt động giáo dục (mẫu)', 'Bản sao quyết định thành lập trung tâm|c', 'Chương trình, giáo trình, tài liệu giảng dạy', 'Danh sách giáo viên kèm văn bằng, chứng chỉ|c', 'Bản sao hợp đồng thuê cơ sở vật chất|c|1|Cơ sở vật chất đi thuê'] },
      ],
      subjects: ['giấy phép hoạt động của trung tâm ngoại ngữ, tin học', 'quyết định cho phép thành lập trung tâm hỗ trợ phát triển giáo dục hòa nhập'],
    },
  ],
};

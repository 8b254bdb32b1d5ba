import { CV, CCCD_SHOWN, DEGREE, HEALTH_CERTIFICATE } from './common.ts';
import type { AgencyData } from './types.ts';

const ASSOCIATIONS = 'Nghị định số 126/2024/NĐ-CP quy định về tổ chức, hoạt động và quản lý hội';
const RELIGION = ['Luật Tín ngưỡng, tôn giáo số 02/2016/QH14', 'Nghị định số 95/2023/NĐ-CP quy định chi tiết Luật Tín ngưỡng, tôn giáo'];

export const NOIVU: AgencyData = {
  slug: 'noivu',
  prefix: 'NV',
  fields: [
    {
      name: 'Tổ chức phi chính phủ',
      organisations: true,
      legal: [ASSOCIATIONS, 'Nghị định số 93/2019/NĐ-CP về tổ chức, hoạt động của quỹ xã hội, quỹ từ thiện'],
      real: [
        { name: 'Công nhận ban vận động thành lập hội có phạm vi hoạt động trong tỉnh', limit: 30, docs: ['Đơn đề nghị công nhận ban vận động thành lập hội (mẫu)', 'Danh sách và sơ yếu lý lịch những người trong ban vận động', 'Văn bản của cơ quan quản lý nhà nước về lĩnh vực hội dự kiến hoạt động'] },
        { name: 'Thành lập hội có phạm vi hoạt động trong tỉnh', limit: 30, docs: ['Đơn đề nghị thành lập hội (mẫu)', 'Dự thảo điều lệ hội', 'Danh sách người đăng ký tham gia làm hội viên sáng lập', 'Bản sao giấy tờ chứng minh trụ sở của hội|c'] },
        { name: 'Phê duyệt điều lệ hội', limit: 30, docs: ['Văn bản đề nghị phê duyệt điều lệ hội', 'Điều lệ và biên bản thông qua điều lệ tại đại hội', 'Nghị quyết đại hội'] },
        { name: 'Cấp giấy phép thành lập và công nhận điều lệ quỹ xã hội, quỹ từ thiện', limit: 30, docs: ['Đơn đề nghị thành lập quỹ (mẫu)', 'Dự thảo điều lệ quỹ', 'Văn bản cam kết đóng góp tài sản để thành lập quỹ', 'Sơ yếu lý lịch của các thành viên ban sáng lập'] },
      ],
      subjects: ['quyết định công nhận quỹ đủ điều kiện hoạt động', 'quyết định cho phép hội đặt văn phòng đại diện'],
    },
    {
      name: 'Tôn giáo',
      organisations: true,
      legal: RELIGION,
      real: [
        { name: 'Đăng ký sinh hoạt tôn giáo tập trung', limit: 20, level: 'commune', docs: ['Văn bản đăng ký sinh hoạt tôn giáo tập trung (mẫu)', 'Văn bản tóm tắt quá trình hoạt động của nhóm', 'Danh sách những người tham gia sinh hoạt tôn giáo tập trung'] },
        { name: 'Đề nghị tổ chức cuộc lễ ngoài cơ sở tôn giáo, địa điểm hợp pháp đã đăng ký có quy mô tổ chức ở một tỉnh', limit: 15, docs: ['Văn bản đề nghị tổ chức cuộc lễ (mẫu)', 'Chương trình tổ chức cuộc lễ'] },
        { name: 'Đăng ký người được phong phẩm hoặc suy cử làm chức sắc', limit: 20, docs: ['Văn bản đăng ký (mẫu)', 'Tóm tắt quá trình hoạt động tôn giáo của người được phong phẩm', 'Phiếu lý lịch tư pháp'] },
      ],
      subjects: ['văn bản chấp thuận tổ chức hội nghị, đại hội của tổ chức tôn giáo'],
    },
    {
      name: 'Thi đua, khen thưởng',
      organisations: true,
      legal: ['Luật Thi đua, khen thưởng số 06/2022/QH15', 'Nghị định số 98/2023/NĐ-CP quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng'],
      real: [
        { name: 'Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', limit: 20, docs: ['Tờ trình đề nghị khen thưởng', 'Báo cáo thành tích của tập thể, cá nhân đề nghị khen thưởng', 'Biên bản họp xét của Hội đồng thi đua, khen thưởng cấp trình'] },
        { name: 'Tặng danh hiệu Chiến sĩ thi đua cấp tỉnh', limit: 20, docs: ['Tờ trình đề nghị khen thưởng', 'Báo cáo thành tích của cá nhân', 'Văn bản công nhận sáng kiến hoặc đề tài nghiên cứu khoa học|c'] },
        { name: 'Tặng Cờ thi đua của Ủy ban nhân dân tỉnh', limit: 20, docs: ['Tờ trình đề nghị khen thưởng', 'Báo cáo thành tích của tập thể', 'Biên bản họp xét của Hội đồng thi đua, khen thưởng cấp trình'] },
      ],
      subjects: [],
    },
    {
      name: 'Công chức, viên chức',
      legal: ['Luật Cán bộ, công chức số 22/2008/QH12, sửa đổi, bổ sung năm 2019', 'Luật Viên chức số 58/2010/QH12, sửa đổi, bổ sung năm 2019'],
      real: [
        { name: 'Thi tuyển công chức', limit: 60, docs: ['Phiếu đăng ký dự tuyển (mẫu)', CV, DEGREE, HEALTH_CERTIFICATE] },
        { name: 'Xét tuyển viên chức', limit: 60, docs: ['Phiếu đăng ký dự tuyển (mẫu)', DEGREE, 'Giấy chứng nhận thuộc đối tượng ưu tiên|c|1|Người thuộc đối tượng ưu tiên'] },
        { name: 'Tiếp nhận vào làm công chức', limit: 30, docs: ['Văn bản đề nghị tiếp nhận của cơ quan sử dụng công chức', CV, DEGREE, 'Bản tự kiểm điểm quá trình công tác'] },
      ],
      subjects: [],
    },
    {
      name: 'Văn thư và lưu trữ nhà nước',
      legal: ['Luật Lưu trữ số 33/2024/QH15'],
      real: [
        { name: 'Phục vụ việc sử dụng tài liệu của độc giả tại phòng đọc', limit: 1, online: 'full', docs: ['Phiếu yêu cầu đọc tài liệu (mẫu)', CCCD_SHOWN] },
        { name: 'Cấp bản sao và chứng thực tài liệu lưu trữ', limit: 3, online: 'full', docs: ['Phiếu yêu cầu sao tài liệu (mẫu)', CCCD_SHOWN] },
        { name: 'Cấp chứng chỉ hành nghề lưu trữ', limit: 15, online: 'full', docs: ['Đơn đề nghị cấp chứng chỉ hành nghề lưu trữ (mẫu)', DEGREE, 'Giấy xác nhận thời gian làm việc trong lĩnh vực lưu trữ|c', 'Ảnh màu cỡ 2x3 cm|o|2'] },
      ],
      subjects: ['chứng chỉ hành nghề lưu trữ'],
    },
  ],
};

import { CCCD_SHOWN, FOREIGN_PASSPORT, HEALTH_CERTIFICATE, PORTRAIT_3X4 } from './common.ts';
import { lePhi, type AgencyData } from './types.ts';

const ROAD_SAFETY = 'Luật Trật tự, an toàn giao thông đường bộ số 36/2024/QH15';
const LICENCE_RULES = 'Thông tư số 12/2017/TT-BGTVT quy định về đào tạo, sát hạch, cấp giấy phép lái xe cơ giới đường bộ';
const LICENCE_FEE = 'Thông tư số 37/2023/TT-BTC quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí sát hạch lái xe; lệ phí cấp bằng, chứng chỉ hoạt động trên các phương tiện';
const licenceFee = lePhi('Lệ phí cấp giấy phép lái xe', 135_000);
const DRIVER_HEALTH = 'Giấy khám sức khỏe của người lái xe do cơ sở y tế có thẩm quyền cấp|o|1|Đổi giấy phép lái xe hạng có thời hạn';
const INLAND_WATERWAY = 'Luật Giao thông đường thủy nội địa số 23/2004/QH11, sửa đổi, bổ sung năm 2014';

export const GTVT: AgencyData = {
  slug: 'gtvt',
  prefix: 'GT',
  fields: [
    {
      name: 'Đường bộ',
      weight: 2,
      legal: [ROAD_SAFETY, 'Luật Đường bộ số 35/2024/QH15'],
      real: [
        {
          key: 'doi-gplx',
          name: 'Đổi giấy phép lái xe do ngành Giao thông vận tải cấp',
          limit: 5,
          online: 'full',
          fees: [licenceFee],
          docs: ['Đơn đề nghị đổi giấy phép lái xe (mẫu)', DRIVER_HEALTH, 'Bản sao giấy phép lái xe đề nghị đổi|p', 'Giấy phép lái xe đề nghị đổi|x', CCCD_SHOWN],
          legal: [ROAD_SAFETY, LICENCE_RULES, LICENCE_FEE],
        },
        {
          name: 'Cấp lại giấy phép lái xe',
          limit: 5,
          online: 'partial',
          fees: [licenceFee],
          docs: ['Đơn đề nghị cấp lại giấy phép lái xe (mẫu)', HEALTH_CERTIFICATE, CCCD_SHOWN],
          legal: [ROAD_SAFETY, LICENCE_RULES, LICENCE_FEE],
        },
        {
          name: 'Đổi giấy phép lái xe hoặc bằng lái xe của nước ngoài cấp',
          limit: 5,
          online: 'partial',
          fees: [licenceFee],
          docs: ['Đơn đề nghị đổi giấy phép lái xe (mẫu)', 'Bản dịch giấy phép lái xe nước ngoài ra tiếng Việt có chứng thực|c', 'Giấy phép lái xe nước ngoài|x', FOREIGN_PASSPORT, 'Bản sao thẻ tạm trú hoặc thẻ thường trú|p|1|Người nước ngoài cư trú tại Việt Nam'],
          legal: [ROAD_SAFETY, LICENCE_RULES, LICENCE_FEE],
        },
        {
          name: 'Đổi giấy phép lái xe quân sự do Bộ Quốc phòng cấp',
          limit: 5,
          fees: [licenceFee],
          docs: ['Đơn đề nghị đổi giấy phép lái xe (mẫu)', 'Quyết định ra quân hoặc thôi phục vụ trong quân đội|c', 'Giấy phép lái xe quân sự còn thời hạn|x', HEALTH_CERTIFICATE, CCCD_SHOWN],
          legal: [ROAD_SAFETY, LICENCE_RULES, LICENCE_FEE],
        },
        {
          name: 'Cấp giấy phép lái xe quốc tế',
          limit: 5,
          online: 'full',
          fees: [licenceFee],
          docs: ['Tờ khai đề nghị cấp giấy phép lái xe quốc tế (mẫu)', 'Giấy phép lái xe quốc gia còn thời hạn|x', 'Hộ chiếu còn thời hạn|x'],
          legal: [ROAD_SAFETY, 'Thông tư số 29/2015/TT-BGTVT quy định về cấp, sử dụng giấy phép lái xe quốc tế', LICENCE_FEE],
        },
        {
          name: 'Cấp giấy phép kinh doanh vận tải bằng xe ô tô',
          limit: 5,
          online: 'full',
          fees: [lePhi('Lệ phí cấp giấy phép kinh doanh vận tải', 200_000)],
          docs: [
            'Giấy đề nghị cấp giấy phép kinh doanh vận tải bằng xe ô tô (mẫu)',
            'Bản sao văn bằng, chứng chỉ của người trực tiếp điều hành hoạt động vận tải|c',
            'Phương án kinh doanh vận tải bằng xe ô tô',
            'Quyết định thành lập bộ phận quản lý, theo dõi các điều kiện về an toàn giao thông|p|1|Kinh doanh vận tải hành khách theo tuyến cố định, xe buýt, taxi hoặc vận tải hàng hóa bằng công-ten-nơ',
          ],
          legal: ['Nghị định số 10/2020/NĐ-CP quy định về kinh doanh và điều kiện kinh doanh vận tải bằng xe ô tô'],
        },
        {
          name: 'Cấp phù hiệu xe ô tô kinh doanh vận tải',
          limit: 2,
          online: 'full',
          docs: ['Giấy đề nghị cấp phù hiệu (mẫu)', 'Bản sao giấy đăng ký xe ô tô|p', 'Hợp đồng thuê phương tiện hoặc hợp đồng dịch vụ|p|1|Phương tiện không thuộc quyền sở hữu của đơn vị kinh doanh vận tải'],
          legal: ['Nghị định số 10/2020/NĐ-CP quy định về kinh doanh và điều kiện kinh doanh vận tải bằng xe ô tô'],
        },
        {
          name: 'Cấp giấy phép lưu hành xe quá tải trọng, xe quá khổ giới hạn, xe bánh xích trên đường bộ',
          limit: 2,
          online: 'full',
          docs: ['Đơn đề nghị cấp giấy phép lưu hành xe (mẫu)', 'Bản sao giấy đăng ký xe|p', 'Bản sao giấy chứng nhận kiểm định an toàn kỹ thuật và bảo vệ môi trường|p', 'Phương án vận chuyển hàng siêu trường, siêu trọng|o|1|Xe chở hàng siêu trường, siêu trọng'],
        },
        {
          name: 'Chấp thuận xây dựng công trình thiết yếu trong phạm vi bảo vệ kết cấu hạ tầng giao thông đường bộ',
          limit: 7,
          online: 'partial',
          docs: ['Văn bản đề nghị chấp thuận xây dựng công trình thiết yếu', 'Hồ sơ thiết kế của công trình thể hiện phạm vi xây dựng|o|2'],
        },
        {
          name: 'Cấp giấy phép thi công công trình trên đường bộ đang khai thác',
          limit: 7,
          online: 'partial',
          docs: ['Đơn đề nghị cấp giấy phép thi công (mẫu)', 'Bản sao văn bản chấp thuận xây dựng công trình|c', 'Hồ sơ thiết kế và biện pháp tổ chức thi công bảo đảm an toàn giao thông|o|2'],
        },
      ],
      subjects: ['giấy phép đào tạo lái xe ô tô', 'giấy chứng nhận trung tâm sát hạch lái xe đủ điều kiện hoạt động', 'giấy phép xe tập lái', 'giấy chứng nhận giáo viên dạy thực hành lái xe'],
    },
    {
      name: 'Đường thủy nội địa',
      legal: [INLAND_WATERWAY, 'Thông tư số 75/2014/TT-BGTVT quy định về đăng ký phương tiện thủy nội địa'],
      real: [
        {
          name: 'Đăng ký phương tiện thủy nội địa lần đầu',
          limit: 3,
          online: 'partial',
          fees: [lePhi('Lệ phí cấp giấy chứng nhận đăng ký phương tiện', 70_000)],
          docs: [
            'Đơn đề nghị đăng ký phương tiện thủy nội địa (mẫu)',
            'Biên lai nộp lệ phí trước bạ|o|1|Phương tiện thuộc diện chịu lệ phí trước bạ',
            'Bản sao giấy chứng nhận an toàn kỹ thuật và bảo vệ môi trường của phương tiện|p',
            'Hợp đồng mua bán, tặng cho hoặc giấy tờ chứng minh quyền sở hữu phương tiện|p',
            CCCD_SHOWN,
          ],
        },
        {
          name: 'Đăng ký lại phương tiện thủy nội địa',
          limit: 3,
          online: 'partial',
          fees: [lePhi('Lệ phí cấp giấy chứng nhận đăng ký phương tiện', 70_000)],
          docs: ['Đơn đề nghị đăng ký lại phương tiện thủy nội địa (mẫu)', 'Giấy chứng nhận đăng ký phương tiện đã được cấp', 'Hợp đồng mua bán, tặng cho phương tiện|p|1|Chuyển quyền sở hữu phương tiện'],
        },
        { name: 'Xóa giấy chứng nhận đăng ký phương tiện thủy nội địa', limit: 3, online: 'full', docs: ['Đơn đề nghị xóa đăng ký phương tiện (mẫu)', 'Giấy chứng nhận đăng ký phương tiện|o|1|Phương tiện không bị mất'] },
        {
          name: 'Cấp giấy phép hoạt động bến thủy nội địa',
          limit: 5,
          online: 'partial',
          docs: ['Đơn đề nghị cấp giấy phép hoạt động bến thủy nội địa (mẫu)', 'Bản sao văn bản chấp thuận xây dựng bến|c', 'Bình đồ vùng nước trước bến'],
        },
        {
          name: 'Cấp giấy chứng nhận khả năng chuyên môn thuyền trưởng, máy trưởng hạng ba',
          limit: 10,
          fees: [lePhi('Lệ phí cấp giấy chứng nhận khả năng chuyên môn', 50_000)],
          docs: ['Đơn đề nghị cấp giấy chứng nhận (mẫu)', PORTRAIT_3X4, HEALTH_CERTIFICATE, 'Bản sao giấy chứng nhận tốt nghiệp khóa đào tạo|c'],
        },
      ],
      subjects: ['chứng chỉ chuyên môn thuyền viên phương tiện thủy nội địa', 'giấy phép hoạt động cảng thủy nội địa', 'giấy phép vận tải hành khách ngang sông'],
    },
    {
      name: 'Đăng kiểm',
      organisations: true,
      legal: ['Thông tư số 85/2014/TT-BGTVT quy định về cải tạo phương tiện giao thông cơ giới đường bộ', ROAD_SAFETY],
      real: [
        {
          name: 'Thẩm định thiết kế xe cơ giới cải tạo',
          limit: 5,
          online: 'partial',
          docs: ['Văn bản đề nghị thẩm định thiết kế xe cơ giới cải tạo (mẫu)', 'Hồ sơ thiết kế xe cơ giới cải tạo|o|4', 'Bản sao giấy đăng ký xe|p'],
        },
        {
          name: 'Cấp giấy chứng nhận chất lượng an toàn kỹ thuật và bảo vệ môi trường xe cơ giới cải tạo',
          limit: 2,
          docs: ['Văn bản đề nghị nghiệm thu xe cơ giới cải tạo (mẫu)', 'Bản sao thiết kế đã được thẩm định|c', 'Biên bản kiểm tra chất lượng xuất xưởng của cơ sở cải tạo'],
        },
      ],
      subjects: ['giấy chứng nhận cơ sở bảo hành, bảo dưỡng xe cơ giới', 'giấy chứng nhận thẩm định thiết kế phương tiện thủy nội địa', 'giấy chứng nhận đăng kiểm viên phương tiện thủy nội địa'],
    },
    {
      name: 'Hàng hải',
      organisations: true,
      legal: ['Bộ luật Hàng hải Việt Nam số 95/2015/QH13', 'Nghị định số 58/2017/NĐ-CP quy định chi tiết một số điều của Bộ luật Hàng hải Việt Nam về quản lý hoạt động hàng hải'],
      real: [],
      subjects: ['giấy phép hoạt động của tàu du lịch lưu trú trên vịnh Hạ Long', 'giấy phép hoạt động bến cảng du lịch', 'giấy chứng nhận đủ điều kiện kinh doanh vận tải biển nội địa'],
    },
    {
      name: 'Đường sắt',
      organisations: true,
      legal: ['Luật Đường sắt số 06/2017/QH14'],
      real: [],
      subjects: ['giấy phép xây dựng đường ngang', 'giấy phép thi công công trình trong phạm vi đất dành cho đường sắt'],
    },
  ],
};

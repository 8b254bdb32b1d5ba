import { CCCD_SHOWN, DEGREE, CV } from './common.ts';
import { lePhi, type AgencyData } from './types.ts';

const LAND = ['Luật Đất đai số 31/2024/QH15', 'Nghị định số 101/2024/NĐ-CP quy định về điều tra cơ bản đất đai; đăng ký, cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất'];
const ENVIRONMENT = ['Luật Bảo vệ môi trường số 72/2020/QH14', 'Nghị định số 08/2022/NĐ-CP quy định chi tiết một số điều của Luật Bảo vệ môi trường'];
const WATER = ['Luật Tài nguyên nước số 28/2023/QH15', 'Nghị định số 54/2024/NĐ-CP quy định việc hành nghề khoan nước dưới đất, kê khai, đăng ký, cấp phép tài nguyên nước'];
const CERTIFICATE = 'Giấy chứng nhận quyền sử dụng đất đã cấp';
const PERMIT_FILE = 'Văn bản đề nghị cấp giấy phép (mẫu)';

export const TNMT: AgencyData = {
  slug: 'tnmt',
  prefix: 'TN',
  fields: [
    {
      name: 'Đất đai',
      weight: 3,
      legal: LAND,
      real: [
        {
          name: 'Đăng ký đất đai, tài sản gắn liền với đất lần đầu và cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất',
          limit: 20,
          online: 'partial',
          fees: [lePhi('Lệ phí cấp giấy chứng nhận quyền sử dụng đất', 100_000)],
          docs: [
            'Đơn đăng ký đất đai, tài sản gắn liền với đất (mẫu 04/ĐK)',
            'Giấy tờ về quyền sử dụng đất theo Điều 137 Luật Đất đai|c',
            'Giấy tờ về tài sản gắn liền với đất|c|1|Đăng ký quyền sở hữu tài sản gắn liền với đất',
            'Chứng từ thực hiện nghĩa vụ tài chính|c|1|Đã thực hiện hoặc được miễn, giảm nghĩa vụ tài chính',
            'Mảnh trích đo bản đồ địa chính|o|1|Nơi chưa có bản đồ địa chính',
          ],
        },
        {
          key: 'bien-dong',
          name: 'Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất do chuyển nhượng, tặng cho, thừa kế',
          limit: 10,
          online: 'partial',
          partners: ['truoc-ba'],
          fees: [lePhi('Lệ phí chỉnh lý biến động trên giấy chứng nhận', 50_000)],
          docs: [
            'Đơn đăng ký biến động đất đai, tài sản gắn liền với đất (mẫu 11/ĐK)',
            'Hợp đồng, văn bản về chuyển nhượng, tặng cho, thừa kế đã công chứng hoặc chứng thực',
            CERTIFICATE,
            'Tờ khai lệ phí trước bạ và tờ khai thuế thu nhập cá nhân|o|1|Chưa được miễn nghĩa vụ tài chính',
          ],
        },
        { name: 'Cấp đổi giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất', limit: 7, online: 'partial', fees: [lePhi('Lệ phí cấp đổi giấy chứng nhận', 50_000)], docs: ['Đơn đề nghị cấp đổi giấy chứng nhận (mẫu 11/ĐK)', CERTIFICATE] },
        { name: 'Cấp lại giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất do bị mất', limit: 10, online: 'partial', fees: [lePhi('Lệ phí cấp lại giấy chứng nhận', 50_000)], docs: ['Đơn đề nghị cấp lại giấy chứng nhận (mẫu 11/ĐK)', 'Giấy xác nhận của công an cấp xã về việc mất giấy chứng nhận|o|1|Mất do thiên tai, hỏa hoạn thì thay bằng xác nhận của Ủy ban nhân dân cấp xã'] },
        {
          name: 'Đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất',
          limit: 1,
          cutoff: '15:00',
          online: 'full',
          fees: [lePhi('Lệ phí đăng ký biện pháp bảo đảm', 80_000)],
          docs: ['Phiếu yêu cầu đăng ký thế chấp (mẫu 01a)', 'Hợp đồng thế chấp có công chứng hoặc chứng thực|c', CERTIFICATE],
          legal: [...LAND, 'Nghị định số 99/2022/NĐ-CP về đăng ký biện pháp bảo đảm'],
        },
        {
          name: 'Xóa đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất',
          limit: 1,
          cutoff: '15:00',
          online: 'full',
          fees: [lePhi('Lệ phí xóa đăng ký biện pháp bảo đảm', 20_000)],
          docs: ['Phiếu yêu cầu xóa đăng ký (mẫu 03a)', CERTIFICATE, 'Văn bản đồng ý xóa đăng ký của bên nhận bảo đảm|o|1|Người yêu cầu là bên bảo đảm'],
          legal: [...LAND, 'Nghị định số 99/2022/NĐ-CP về đăng ký biện pháp bảo đảm'],
        },
        {
          name: 'Giao đất, cho thuê đất không thông qua đấu giá quyền sử dụng đất, không đấu thầu lựa chọn nhà đầu tư thực hiện dự án có sử dụng đất',
          limit: 20,
          online: 'partial',
          docs: ['Đơn xin giao đất, cho thuê đất (mẫu 02a)', 'Bản sao văn bản chấp thuận chủ trương đầu tư hoặc quyết định đầu tư|c', 'Bản sao báo cáo nghiên cứu khả thi hoặc báo cáo kinh tế – kỹ thuật|c', 'Trích lục hoặc trích đo địa chính thửa đất'],
        },
        { name: 'Chuyển mục đích sử dụng đất phải được phép của cơ quan nhà nước có thẩm quyền', limit: 15, online: 'partial', docs: ['Đơn xin chuyển mục đích sử dụng đất (mẫu 02c)', CERTIFICATE] },
        { name: 'Cung cấp thông tin, dữ liệu đất đai', limit: 3, online: 'full', docs: ['Phiếu yêu cầu cung cấp thông tin, dữ liệu đất đai (mẫu 13/ĐK)'] },
      ],
      subjects: [
        'giấy chứng nhận quyền sử dụng đất cho tổ chức',
        'giấy chứng nhận quyền sử dụng đất cho cơ sở tôn giáo',
        'quyết định giao đất, cho thuê đất',
        'quyết định gia hạn sử dụng đất ngoài khu công nghệ cao, khu kinh tế',
        'giấy chứng nhận quyền sở hữu công trình xây dựng',
        'giấy chứng nhận quyền sở hữu rừng sản xuất là rừng trồng',
      ],
    },
    {
      name: 'Môi trường',
      organisations: true,
      legal: ENVIRONMENT,
      real: [
        {
          name: 'Thẩm định báo cáo đánh giá tác động môi trường',
          limit: 30,
          online: 'partial',
          restart: true,
          docs: ['Văn bản đề nghị thẩm định báo cáo đánh giá tác động môi trường (mẫu)', 'Báo cáo đánh giá tác động môi trường|o|7', 'Báo cáo nghiên cứu khả thi hoặc tài liệu tương đương của dự án'],
        },
        { name: 'Cấp giấy phép môi trường', limit: 30, online: 'partial', restart: true, docs: [PERMIT_FILE, 'Báo cáo đề xuất cấp giấy phép môi trường', 'Bản sao báo cáo nghiên cứu khả thi của dự án|c|1|Dự án đầu tư chưa đi vào vận hành'] },
        { name: 'Cấp đổi, điều chỉnh giấy phép môi trường', limit: 10, online: 'partial', docs: [PERMIT_FILE, 'Giấy phép môi trường đã được cấp', 'Tài liệu chứng minh nội dung đề nghị điều chỉnh|c'] },
        { name: 'Cấp lại giấy phép môi trường', limit: 20, online: 'partial', docs: [PERMIT_FILE, 'Báo cáo đề xuất cấp lại giấy phép môi trường'] },
      ],
      subjects: ['giấy xác nhận đủ điều kiện về bảo vệ môi trường trong nhập khẩu phế liệu'],
    },
    {
      name: 'Tài nguyên nước',
      organisations: true,
      legal: WATER,
      real: [
        { name: 'Cấp giấy phép khai thác, sử dụng nước mặt', limit: 30, online: 'partial', docs: ['Đơn đề nghị cấp giấy phép khai thác, sử dụng nước mặt (mẫu)', 'Đề án khai thác, sử dụng nước', 'Kết quả phân tích chất lượng nguồn nước không quá 3 tháng'] },
        { name: 'Cấp giấy phép khai thác, sử dụng nước dưới đất', limit: 30, online: 'partial', docs: ['Đơn đề nghị cấp giấy phép khai thác, sử dụng nước dưới đất (mẫu)', 'Báo cáo kết quả thăm dò đánh giá trữ lượng nước dưới đất', 'Kết quả phân tích chất lượng nguồn nước không quá 6 tháng'] },
        { name: 'Cấp giấy phép thăm dò nước dưới đất', limit: 20, online: 'partial', docs: ['Đơn đề nghị cấp giấy phép thăm dò nước dưới đất (mẫu)', 'Đề án thiết kế giếng thăm dò'] },
      ],
      subjects: ['giấy phép hành nghề khoan nước dưới đất', 'giấy phép khai thác, sử dụng nước biển'],
    },
    {
      name: 'Địa chất và khoáng sản',
      organisations: true,
      legal: ['Luật Địa chất và khoáng sản số 54/2024/QH15'],
      real: [
        { name: 'Cấp giấy phép thăm dò khoáng sản', limit: 45, online: 'partial', docs: ['Đơn đề nghị cấp giấy phép thăm dò khoáng sản (mẫu)', 'Bản đồ khu vực thăm dò khoáng sản', 'Đề án thăm dò khoáng sản', 'Văn bản xác nhận vốn chủ sở hữu'] },
        { name: 'Cấp giấy phép khai thác khoáng sản làm vật liệu xây dựng thông thường', limit: 30, online: 'partial', docs: ['Đơn đề nghị cấp giấy phép khai thác khoáng sản (mẫu)', 'Bản đồ khu vực khai thác khoáng sản', 'Dự án đầu tư khai thác khoáng sản kèm quyết định phê duyệt', 'Quyết định phê duyệt kết quả thẩm định báo cáo đánh giá tác động môi trường|c'] },
        { name: 'Đóng cửa mỏ khoáng sản', limit: 30, docs: ['Đơn đề nghị đóng cửa mỏ khoáng sản (mẫu)', 'Đề án đóng cửa mỏ khoáng sản', 'Bản đồ hiện trạng khu vực khai thác'] },
      ],
      subjects: ['giấy phép khai thác tận thu khoáng sản'],
    },
    {
      name: 'Biển và hải đảo',
      organisations: true,
      legal: ['Luật Tài nguyên, môi trường biển và hải đảo số 82/2015/QH13', 'Nghị định số 11/2021/NĐ-CP quy định việc giao các khu vực biển nhất định cho tổ chức, cá nhân khai thác, sử dụng tài nguyên biển'],
      real: [{ name: 'Giao khu vực biển', limit: 30, online: 'partial', docs: ['Đơn đề nghị giao khu vực biển (mẫu)', 'Bản sao giấy tờ chứng minh việc được cấp phép khai thác, sử dụng tài nguyên biển|c', 'Sơ đồ khu vực biển đề nghị giao'] }],
      subjects: ['quyết định giao khu vực biển', 'giấy phép nhận chìm ở biển'],
    },
    {
      name: 'Đo đạc, bản đồ và thông tin địa lý',
      legal: ['Luật Đo đạc và bản đồ số 27/2018/QH14'],
      real: [
        { name: 'Cấp chứng chỉ hành nghề đo đạc và bản đồ hạng II', limit: 10, online: 'full', docs: ['Đơn đề nghị cấp chứng chỉ hành nghề (mẫu)', DEGREE, CV, CCCD_SHOWN] },
        { name: 'Cung cấp thông tin, dữ liệu, sản phẩm đo đạc và bản đồ', limit: 3, online: 'full', docs: ['Phiếu yêu cầu cung cấp thông tin, dữ liệu đo đạc và bản đồ (mẫu)'] },
      ],
      subjects: ['giấy phép hoạt động đo đạc và bản đồ'],
    },
  ],
};

import { AUTHORISATION, CCCD_SHOWN, FOREIGN_PASSPORT, PORTRAIT_3X4, PORTRAIT_4X6, BUSINESS_REGISTRATION } from './common.ts';
import { lePhi, type AgencyData } from './types.ts';

const EXIT_ENTRY = 'Luật Xuất cảnh, nhập cảnh của công dân Việt Nam số 49/2019/QH14';
const FOREIGNERS = 'Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam số 47/2014/QH13, sửa đổi, bổ sung năm 2019 và 2023';
const RESIDENCE = 'Luật Cư trú số 68/2020/QH14';
const RESIDENCE_FEE = 'Thông tư số 75/2022/TT-BTC quy định mức thu, chế độ thu, nộp, quản lý và sử dụng lệ phí đăng ký cư trú';
const CT01 = 'Tờ khai thay đổi thông tin cư trú (mẫu CT01)';
const SEAL = 'Nghị định số 99/2016/NĐ-CP về quản lý và sử dụng con dấu';

export const CONGAN: AgencyData = {
  slug: 'congan',
  prefix: 'CA',
  fields: [
    {
      name: 'Xuất nhập cảnh',
      legal: [EXIT_ENTRY, FOREIGNERS, 'Thông tư số 25/2021/TT-BTC quy định mức thu phí, lệ phí trong lĩnh vực xuất cảnh, nhập cảnh'],
      real: [
        {
          key: 'ho-chieu',
          name: 'Cấp hộ chiếu phổ thông ở trong nước',
          limit: 8,
          online: 'full',
          fees: [lePhi('Lệ phí cấp hộ chiếu phổ thông', 200_000)],
          docs: [
            'Tờ khai đề nghị cấp hộ chiếu phổ thông (mẫu TK01)',
            PORTRAIT_4X6,
            CCCD_SHOWN,
            'Bản sao giấy khai sinh hoặc trích lục khai sinh|c|1|Người chưa đủ 14 tuổi',
            'Giấy tờ chứng minh là người đại diện theo pháp luật|c|1|Người chưa đủ 14 tuổi hoặc người mất năng lực hành vi dân sự',
            'Hộ chiếu phổ thông đã được cấp lần gần nhất|o|1|Người đã được cấp hộ chiếu',
          ],
          legal: [EXIT_ENTRY, 'Thông tư số 31/2023/TT-BCA quy định về mẫu hộ chiếu, giấy thông hành và các biểu mẫu liên quan', 'Thông tư số 25/2021/TT-BTC quy định mức thu phí, lệ phí trong lĩnh vực xuất cảnh, nhập cảnh'],
        },
        {
          name: 'Khôi phục giá trị sử dụng hộ chiếu phổ thông',
          limit: 5,
          online: 'partial',
          fees: [lePhi('Lệ phí khôi phục giá trị sử dụng hộ chiếu', 100_000)],
          docs: ['Đơn đề nghị khôi phục giá trị sử dụng hộ chiếu phổ thông (mẫu TK05)', 'Hộ chiếu đề nghị khôi phục giá trị sử dụng', CCCD_SHOWN],
        },
        {
          name: 'Cấp giấy thông hành xuất, nhập cảnh vùng biên giới Việt Nam – Trung Quốc cho công dân Việt Nam',
          limit: 5,
          online: 'partial',
          fees: [lePhi('Lệ phí cấp giấy thông hành biên giới', 50_000)],
          docs: ['Tờ khai đề nghị cấp giấy thông hành (mẫu)', PORTRAIT_4X6, CCCD_SHOWN, 'Giấy giới thiệu của cơ quan, doanh nghiệp|o|1|Đi công tác vùng biên giới Trung Quốc'],
        },
        {
          name: 'Cấp thẻ tạm trú cho người nước ngoài tại Việt Nam',
          limit: 5,
          online: 'partial',
          docs: [
            'Văn bản đề nghị của cơ quan, tổ chức, cá nhân mời, bảo lãnh (mẫu NA6 hoặc NA7)',
            'Tờ khai đề nghị cấp thẻ tạm trú (mẫu NA8)',
            FOREIGN_PASSPORT,
            PORTRAIT_3X4,
            'Giấy tờ chứng minh mục đích ở lại Việt Nam (giấy phép lao động, giấy chứng nhận đăng ký đầu tư…)|c',
          ],
        },
        {
          name: 'Gia hạn tạm trú cho người nước ngoài tại Việt Nam',
          limit: 5,
          online: 'full',
          fees: [lePhi('Lệ phí gia hạn tạm trú', 250_000)],
          docs: ['Văn bản đề nghị gia hạn tạm trú của cơ quan, tổ chức, cá nhân bảo lãnh (mẫu NA5)', FOREIGN_PASSPORT],
        },
      ],
      subjects: ['thẻ thường trú cho người nước ngoài tại Việt Nam', 'giấy miễn thị thực cho người nước ngoài là vợ, chồng, con của công dân Việt Nam'],
    },
    {
      name: 'Quản lý hành chính về trật tự xã hội',
      organisations: true,
      legal: [
        'Nghị định số 96/2016/NĐ-CP quy định điều kiện về an ninh, trật tự đối với một số ngành, nghề đầu tư kinh doanh có điều kiện',
        'Nghị định số 56/2023/NĐ-CP sửa đổi, bổ sung một số điều của các nghị định về an ninh, trật tự',
      ],
      real: [
        {
          name: 'Cấp giấy chứng nhận đủ điều kiện về an ninh, trật tự để làm ngành, nghề đầu tư kinh doanh có điều kiện',
          limit: 5,
          online: 'full',
          fees: [lePhi('Lệ phí cấp giấy chứng nhận đủ điều kiện về an ninh, trật tự', 300_000)],
          docs: [
            'Văn bản đề nghị cấp giấy chứng nhận đủ điều kiện về an ninh, trật tự (mẫu 03)',
            BUSINESS_REGISTRATION,
            'Bản khai lý lịch của người chịu trách nhiệm về an ninh, trật tự của cơ sở (mẫu 02)',
            'Bản sao biên bản kiểm tra về phòng cháy và chữa cháy|c|1|Cơ sở thuộc diện phải kiểm tra về phòng cháy, chữa cháy',
          ],
        },
        {
          name: 'Cấp đổi giấy chứng nhận đủ điều kiện về an ninh, trật tự',
          limit: 4,
          online: 'full',
          fees: [lePhi('Lệ phí cấp đổi giấy chứng nhận', 300_000)],
          docs: ['Văn bản đề nghị cấp đổi giấy chứng nhận (mẫu 03)', 'Giấy chứng nhận đủ điều kiện về an ninh, trật tự đã được cấp', 'Tài liệu chứng minh sự thay đổi thông tin|c'],
        },
        {
          name: 'Cấp lại giấy chứng nhận đủ điều kiện về an ninh, trật tự',
          limit: 4,
          online: 'full',
          fees: [lePhi('Lệ phí cấp lại giấy chứng nhận', 300_000)],
          docs: ['Văn bản đề nghị cấp lại giấy chứng nhận (mẫu 03)', 'Giấy chứng nhận đã được cấp|o|1|Giấy chứng nhận bị hư hỏng'],
        },
      ],
      subjects: [
        'giấy chứng nhận đủ điều kiện về an ninh, trật tự đối với cơ sở kinh doanh dịch vụ cầm đồ',
        'giấy chứng nhận đủ điều kiện về an ninh, trật tự đối với cơ sở kinh doanh dịch vụ lưu trú',
        'giấy chứng nhận đủ điều kiện về an ninh, trật tự đối với cơ sở kinh doanh dịch vụ xoa bóp',
      ],
    },
    {
      name: 'Đăng ký, quản lý con dấu',
      organisations: true,
      legal: [SEAL, 'Nghị định số 56/2023/NĐ-CP sửa đổi, bổ sung một số điều của các nghị định về an ninh, trật tự'],
      real: [
        {
          name: 'Đăng ký mẫu con dấu mới',
          limit: 3,
          online: 'full',
          fees: [lePhi('Lệ phí cấp giấy chứng nhận đăng ký mẫu con dấu', 50_000)],
          docs: ['Văn bản đề nghị đăng ký mẫu con dấu', 'Bản sao quyết định thành lập hoặc giấy phép hoạt động|c', 'Giấy giới thiệu của cơ quan, tổ chức', CCCD_SHOWN],
        },
        {
          name: 'Đăng ký lại mẫu con dấu',
          limit: 3,
          online: 'full',
          fees: [lePhi('Lệ phí cấp giấy chứng nhận đăng ký mẫu con dấu', 50_000)],
          docs: ['Văn bản đề nghị đăng ký lại mẫu con dấu', 'Con dấu và giấy chứng nhận đăng ký mẫu con dấu đã được cấp', 'Giấy giới thiệu của cơ quan, tổ chức', CCCD_SHOWN],
        },
        {
          name: 'Đăng ký thêm con dấu',
          limit: 3,
          online: 'full',
          fees: [lePhi('Lệ phí cấp giấy chứng nhận đăng ký mẫu con dấu', 50_000)],
          docs: ['Văn bản đề nghị đăng ký thêm con dấu, nêu rõ lý do', 'Giấy giới thiệu của cơ quan, tổ chức', CCCD_SHOWN],
        },
        {
          name: 'Đổi, cấp lại giấy chứng nhận đăng ký mẫu con dấu',
          limit: 3,
          online: 'full',
          docs: ['Văn bản đề nghị đổi, cấp lại giấy chứng nhận đăng ký mẫu con dấu', 'Giấy chứng nhận đăng ký mẫu con dấu đã được cấp|o|1|Giấy chứng nhận bị hư hỏng'],
        },
      ],
      subjects: ['giấy chứng nhận đăng ký mẫu con dấu thu nhỏ', 'giấy chứng nhận đăng ký mẫu con dấu nổi', 'giấy chứng nhận đăng ký mẫu con dấu xi'],
    },
    {
      name: 'Cấp, quản lý căn cước',
      legal: ['Luật Căn cước số 26/2023/QH15', 'Nghị định số 70/2024/NĐ-CP quy định chi tiết một số điều và biện pháp thi hành Luật Căn cước'],
      real: [
        {
          name: 'Cấp chứng minh nhân dân',
          limit: 15,
          to: '2015-12-31',
          docs: ['Tờ khai chứng minh nhân dân (mẫu CM3)', 'Sổ hộ khẩu|x', PORTRAIT_3X4],
          legal: ['Nghị định số 05/1999/NĐ-CP về chứng minh nhân dân'],
        },
        {
          name: 'Cấp thẻ Căn cước công dân',
          limit: 7,
          from: '2016-01-01',
          to: '2024-06-30',
          docs: ['Tờ khai căn cước công dân (mẫu CC01)', 'Sổ hộ khẩu|x'],
          legal: ['Luật Căn cước công dân số 59/2014/QH13'],
        },
        {
          name: 'Cấp thẻ căn cước cho công dân từ đủ 14 tuổi trở lên',
          limit: 7,
          from: '2024-07-01',
          docs: ['Giấy tờ chứng minh thông tin cần điều chỉnh trong Cơ sở dữ liệu quốc gia về dân cư|c|1|Thông tin về nhân thân chưa có hoặc chưa chính xác'],
        },
        {
          name: 'Cấp đổi thẻ căn cước',
          limit: 7,
          from: '2024-07-01',
          online: 'partial',
          fees: [lePhi('Lệ phí cấp đổi thẻ căn cước', 50_000, 50)],
          docs: ['Thẻ căn cước công dân hoặc thẻ căn cước đã được cấp', 'Giấy tờ chứng minh thông tin thay đổi|c|1|Thay đổi thông tin nhân thân, đặc điểm nhận dạng'],
        },
        {
          name: 'Cấp lại thẻ căn cước',
          limit: 7,
          from: '2024-07-01',
          online: 'partial',
          fees: [lePhi('Lệ phí cấp lại thẻ căn cước', 70_000, 50)],
          docs: ['Giấy tờ chứng minh được trở lại quốc tịch Việt Nam|c|1|Người được trở lại quốc tịch Việt Nam'],
        },
      ],
      subjects: [],
    },
    {
      name: 'Đăng ký, quản lý cư trú',
      level: 'commune',
      legal: [RESIDENCE, 'Nghị định số 154/2024/NĐ-CP quy định chi tiết một số điều của Luật Cư trú', RESIDENCE_FEE],
      real: [
        {
          key: 'thuong-tru',
          name: 'Đăng ký thường trú',
          limit: 7,
          online: 'full',
          fees: [lePhi('Lệ phí đăng ký thường trú', 20_000, 50)],
          docs: [
            CT01,
            'Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp|c',
            'Văn bản đồng ý cho đăng ký thường trú của chủ hộ, chủ sở hữu chỗ ở|o|1|Đăng ký vào chỗ ở không thuộc quyền sở hữu của mình',
            'Giấy tờ chứng minh quan hệ nhân thân với chủ hộ, chủ sở hữu chỗ ở|c|1|Đăng ký thường trú theo diện người thân',
          ],
        },
        {
          name: 'Đăng ký tạm trú',
          limit: 3,
          online: 'full',
          fees: [lePhi('Lệ phí đăng ký tạm trú', 15_000, 50)],
          docs: [CT01, 'Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp|c'],
        },
        { name: 'Gia hạn tạm trú', limit: 3, online: 'full', fees: [lePhi('Lệ phí gia hạn tạm trú', 15_000, 50)], docs: [CT01] },
        { key: 'xoa-thuong-tru', name: 'Xóa đăng ký thường trú', limit: 1, online: 'full', docs: [CT01, 'Giấy tờ chứng minh thuộc trường hợp xóa đăng ký thường trú|c'] },
        { name: 'Xóa đăng ký tạm trú', limit: 1, online: 'full', docs: [CT01] },
        { name: 'Tách hộ', limit: 3, online: 'full', docs: [CT01, 'Văn bản đồng ý cho tách hộ của chủ hộ|o|1|Người tách hộ không phải là chủ hộ'] },
        { name: 'Điều chỉnh thông tin về cư trú trong Cơ sở dữ liệu về cư trú', limit: 3, online: 'full', docs: [CT01, 'Giấy tờ, tài liệu chứng minh việc điều chỉnh thông tin|c'] },
        { name: 'Khai báo tạm vắng', limit: 1, online: 'full', docs: ['Đề nghị khai báo tạm vắng (mẫu CT01)', AUTHORISATION] },
        { name: 'Xác nhận thông tin về cư trú', limit: '4h', online: 'full', docs: ['Tờ khai đề nghị xác nhận thông tin về cư trú (mẫu CT01)'] },
      ],
      subjects: [],
    },
    {
      name: 'Phòng cháy, chữa cháy và cứu nạn, cứu hộ',
      organisations: true,
      legal: ['Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ số 55/2024/QH15', 'Nghị định số 105/2025/NĐ-CP quy định chi tiết Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ'],
      real: [
        {
          name: 'Thẩm định thiết kế về phòng cháy và chữa cháy',
          limit: 15,
          online: 'partial',
          docs: [
            'Văn bản đề nghị thẩm định thiết kế về phòng cháy và chữa cháy',
            'Bản sao văn bản chấp thuận chủ trương đầu tư hoặc giấy chứng nhận quyền sử dụng đất|c',
            'Hồ sơ thiết kế kỹ thuật thể hiện các nội dung về phòng cháy và chữa cháy|o|2',
            'Dự toán kinh phí đầu tư hệ thống phòng cháy và chữa cháy',
          ],
        },
        {
          name: 'Nghiệm thu về phòng cháy và chữa cháy',
          limit: 10,
          online: 'partial',
          docs: ['Văn bản đề nghị kiểm tra kết quả nghiệm thu về phòng cháy và chữa cháy', 'Bản sao giấy chứng nhận thẩm duyệt thiết kế về phòng cháy và chữa cháy|c', 'Biên bản thử nghiệm, nghiệm thu từng phần và tổng thể hệ thống phòng cháy và chữa cháy', 'Bản vẽ hoàn công hệ thống phòng cháy và chữa cháy'],
        },
        {
          name: 'Cấp giấy xác nhận đủ điều kiện kinh doanh dịch vụ phòng cháy, chữa cháy',
          limit: 7,
          online: 'full',
          docs: ['Văn bản đề nghị cấp giấy xác nhận (mẫu PC31)', BUSINESS_REGISTRATION, 'Bản sao chứng chỉ hành nghề của người quản lý và người làm dịch vụ phòng cháy, chữa cháy|c'],
        },
        {
          name: 'Phục hồi hoạt động của cơ sở bị tạm đình chỉ hoạt động về phòng cháy và chữa cháy',
          limit: 4,
          docs: ['Văn bản đề nghị phục hồi hoạt động (mẫu PC22)', 'Tài liệu chứng minh đã khắc phục vi phạm về phòng cháy và chữa cháy'],
        },
      ],
      subjects: ['giấy chứng nhận huấn luyện nghiệp vụ phòng cháy và chữa cháy', 'giấy chứng nhận kiểm định phương tiện phòng cháy và chữa cháy', 'chứng chỉ hành nghề tư vấn về phòng cháy và chữa cháy'],
    },
    {
      name: 'Quản lý vũ khí, vật liệu nổ và công cụ hỗ trợ',
      organisations: true,
      legal: ['Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ số 42/2024/QH15'],
      real: [
        {
          name: 'Cấp giấy phép trang bị công cụ hỗ trợ',
          limit: 5,
          docs: ['Văn bản đề nghị trang bị công cụ hỗ trợ, nêu rõ số lượng, chủng loại', 'Bản sao quyết định thành lập hoặc giấy chứng nhận đăng ký doanh nghiệp|c', CCCD_SHOWN],
        },
        {
          name: 'Cấp giấy phép vận chuyển vật liệu nổ công nghiệp',
          limit: 3,
          docs: ['Văn bản đề nghị cấp giấy phép vận chuyển vật liệu nổ công nghiệp', 'Bản sao giấy phép sử dụng hoặc kinh doanh vật liệu nổ công nghiệp|c', 'Bản sao giấy chứng nhận đủ điều kiện vận chuyển hàng nguy hiểm của phương tiện|c'],
        },
      ],
      subjects: ['giấy phép sử dụng công cụ hỗ trợ', 'giấy phép sử dụng vũ khí thô sơ dùng làm hiện vật trưng bày', 'giấy xác nhận đăng ký công cụ hỗ trợ'],
    },
  ],
};

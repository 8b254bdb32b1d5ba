import { LAST_DISTRICT_DAY, FIRST_COMMUNE_DAY } from '@motcua/core';

/**
 * The demo province's other centers (DESIGN §9, §13). In 2015 Quảng Ninh opened a public administration center in
 * each of its 14 district-level units; Hoành Bồ's closed when the district joined Hạ Long (NQ 837/NQ-UBTVQH14, in
 * force 2020-01-01), the others when districts ended on 2025-06-30. From 2025-07-01 the province center runs branches
 * at commune level; a handful are in the demo. Identifiers follow QCVN 102's four groups under H49 (illustrative:
 * `000.20.NN.H49` for the district units, `000.30.NN.H49` for the branches); each center's dossier codes begin with it.
 */
export type DemoCenter = {
  code: string;
  name: string;
  level: 'district' | 'commune';
  effectiveFrom: string;
  effectiveTo: string | null;
  address: string;
};

const DISTRICTS = [
  ['Hạ Long', 'thành phố', '2015-06-01'],
  ['Móng Cái', 'thành phố', '2015-06-15'],
  ['Cẩm Phả', 'thành phố', '2015-06-15'],
  ['Uông Bí', 'thành phố', '2015-07-01'],
  ['Quảng Yên', 'thị xã', '2015-07-01'],
  ['Đông Triều', 'thị xã', '2015-07-15'],
  ['Vân Đồn', 'huyện', '2015-08-01'],
  ['Tiên Yên', 'huyện', '2015-08-01'],
  ['Đầm Hà', 'huyện', '2015-09-01'],
  ['Hải Hà', 'huyện', '2015-09-01'],
  ['Bình Liêu', 'huyện', '2015-10-01'],
  ['Ba Chẽ', 'huyện', '2015-10-01'],
  ['Cô Tô', 'huyện', '2015-11-02'],
  ['Hoành Bồ', 'huyện', '2015-11-02'],
] as const;

/** Hoành Bồ joined Hạ Long on 2020-01-01: its center's last day. */
export const HOANH_BO_LAST_DAY = '2019-12-31';

export const DEMO_DISTRICT_CENTERS: readonly DemoCenter[] = DISTRICTS.map(([place, kind, from], i) => ({
  code: `000.20.${String(i + 1).padStart(2, '0')}.H49`,
  name: `Trung tâm Hành chính công ${kind} ${place}`,
  level: 'district',
  effectiveFrom: from,
  effectiveTo: place === 'Hoành Bồ' ? HOANH_BO_LAST_DAY : LAST_DISTRICT_DAY,
  address: `Trụ sở Ủy ban nhân dân ${kind} ${place}, tỉnh Quảng Ninh`,
}));

const BRANCHES = [
  ['phường Bãi Cháy', 'Đường Hạ Long, phường Bãi Cháy'],
  ['phường Hồng Gai', 'Phố Bến Đoan, phường Hồng Gai'],
  ['phường Móng Cái 1', 'Đường Hùng Vương, phường Móng Cái 1'],
  ['đặc khu Vân Đồn', 'Khu Hải Hà, đặc khu Vân Đồn'],
] as const;

export const DEMO_COMMUNE_CENTERS: readonly DemoCenter[] = BRANCHES.map(([place, street], i) => ({
  code: `000.30.${String(i + 1).padStart(2, '0')}.H49`,
  name: `Chi nhánh Trung tâm Phục vụ hành chính công tỉnh tại ${place}`,
  level: 'commune',
  effectiveFrom: FIRST_COMMUNE_DAY,
  effectiveTo: null,
  address: `${street}, tỉnh Quảng Ninh`,
}));

/** Every demo center below the province's, districts first. */
export const DEMO_BRANCH_CENTERS: readonly DemoCenter[] = [...DEMO_DISTRICT_CENTERS, ...DEMO_COMMUNE_CENTERS];

/** The demo log-in of a branch's counter officer (DESIGN §11 org): its code, lower-cased as usernames are. */
export const branchCounterUsername = (center: Pick<DemoCenter, 'code'>) => `${center.code.toLowerCase()}.counter`;
/** The center's own director (`center_director`, DESIGN §13). */
export const branchDirectorUsername = (center: Pick<DemoCenter, 'code'>) => `${center.code.toLowerCase()}.director`;

import { BHXH } from './bhxh.ts';
import { CONGAN } from './congan.ts';
import { CONGTHUONG } from './congthuong.ts';
import { DANTOC } from './dantoc.ts';
import { GDDT } from './gddt.ts';
import { GTVT } from './gtvt.ts';
import { HAIQUAN } from './haiquan.ts';
import { KHCN } from './khcn.ts';
import { KHDT } from './khdt.ts';
import { KHOBAC } from './khobac.ts';
import { KKT } from './kkt.ts';
import { LDTBXH } from './ldtbxh.ts';
import { NGOAIVU } from './ngoaivu.ts';
import { NHNN } from './nhnn.ts';
import { NNPTNT } from './nnptnt.ts';
import { NOIVU } from './noivu.ts';
import { TAICHINH } from './taichinh.ts';
import { THUE } from './thue.ts';
import { TNMT } from './tnmt.ts';
import { TTTT } from './tttt.ts';
import { TUPHAP } from './tuphap.ts';
import type { AgencyData } from './types.ts';
import { VHTTDL } from './vhttdl.ts';
import { XAYDUNG } from './xaydung.ts';
import { YTE } from './yte.ts';

/** The agencies of 2014 in the order of DESIGN §11, each with its fields. */
export const AGENCY_DATA: readonly AgencyData[] = [
  CONGAN, GTVT, BHXH, KHOBAC, KHDT, TUPHAP, TNMT, XAYDUNG, CONGTHUONG, NNPTNT, YTE, GDDT,
  LDTBXH, TAICHINH, NOIVU, VHTTDL, TTTT, KHCN, NGOAIVU, KKT, THUE, DANTOC, HAIQUAN, NHNN,
];

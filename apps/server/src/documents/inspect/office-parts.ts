/** What the name and first bytes of one part of an Office package say about it. */

/** Parts that run code: VBA macros and ActiveX controls (ECMA-376 / MS-OFFMACRO). */
const MACRO_PART = /(^|\/)(vbaProject|vbaData)\.bin$|(^|\/)activeX\//i;
/** Embedded OLE objects (`embeddings/oleObject1.bin`) and programs carried by their name. */
const EMBEDDED_PART = /(^|\/)oleObject[^/]*\.bin$|\.(exe|dll|com|scr|msi|bat|cmd|ps1|vbs|js|jar|hta|lnk|sh|cpl)$/i;
/** Content types that declare macros, ActiveX or OLE objects in `[Content_Types].xml`. */
const ACTIVE_CONTENT_TYPE = /macroEnabled|vbaProject|vbaData|ms-office\.activeX/i;
const EMBEDDED_CONTENT_TYPE = /oleObject/i;

/** The first bytes of programs and of OLE compound files (the container of macros and OLE objects). */
const SIGNATURES: [string, number[]][] = [
  ['Windows program', [0x4d, 0x5a]],
  ['Linux program', [0x7f, 0x45, 0x4c, 0x46]],
  ['macOS program', [0xcf, 0xfa, 0xed, 0xfe]],
  ['macOS program', [0xce, 0xfa, 0xed, 0xfe]],
  ['Java class or macOS program', [0xca, 0xfe, 0xba, 0xbe]],
  ['script', [0x23, 0x21]],
  ['OLE object', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
];
export const SIGNATURE_BYTES = 8;

export type PartFindings = { activeContent: string[]; embedded: string[] };

/** A part judged by its name and its first bytes, whatever its name claims. */
export function judgePart(name: string, head: Uint8Array, into: PartFindings): void {
  if (MACRO_PART.test(name)) into.activeContent.push(name);
  else if (EMBEDDED_PART.test(name)) into.embedded.push(name);
  const signature = SIGNATURES.find(([, magic]) => magic.every((byte, i) => head[i] === byte));
  if (signature && !MACRO_PART.test(name)) into.embedded.push(`${name}: ${signature[0]}`);
}

/** `[Content_Types].xml` declares every part's type: macro-enabled or OLE types betray what the names hide. */
export function judgeContentTypes(xml: string, into: PartFindings): void {
  for (const [, type] of xml.matchAll(/ContentType\s*=\s*"([^"]*)"/g)) {
    if (ACTIVE_CONTENT_TYPE.test(type!)) into.activeContent.push(type!);
    else if (EMBEDDED_CONTENT_TYPE.test(type!)) into.embedded.push(type!);
  }
}

import { PDFObjectParser, PDFObjectStreamParser, decodePDFRawStream, type PDFContext } from 'pdf-lib';

const MB = 1024 * 1024;
/**
 * What all object streams of one file may unpack to. pdf-lib inflates an object stream (PDF 1.5) in full
 * with no limit: a few kB of /FlateDecode can unpack to gigabytes. 20 MB of PDF holds far less than
 * this in objects (pictures are ordinary streams, which are not unpacked here).
 */
const MAX_OBJECT_STREAM_BYTES = 64 * MB;
/**
 * Values (numbers, names, arrays…) pdf-lib may build for one file. Each costs about 80 bytes of heap:
 * 18 MB of `0 0 0 …` took 15 s and 800 MB before this cap. A scanned or typed 20 MB PDF holds a few
 * thousand to some hundred thousand values (page content is not parsed into values).
 */
const MAX_VALUES = 1_000_000;

const unpacked = new WeakMap<PDFContext, number>();
const values = new WeakMap<PDFContext, number>();
/** Why a file's budget ran out: pdf-lib turns the error into "invalid object", so the reason is kept here. */
const exceeded = new WeakMap<PDFContext, string>();

function refuse(context: PDFContext, reason: string): never {
  exceeded.set(context, reason);
  throw new Error(reason);
}

/** Why parsing this file stopped on a budget, if it did. */
export const budgetExceeded = (context: PDFContext): string | undefined => exceeded.get(context);

// Installed once for the process (pdf-lib has no option for either limit), counted per file (its context).
const forStream = PDFObjectStreamParser.forStream;
PDFObjectStreamParser.forStream = (raw, shouldWaitForTick) => {
  const context = raw.dict.context;
  const left = MAX_OBJECT_STREAM_BYTES - (unpacked.get(context) ?? 0);
  // pdf.js streams stop at the length asked: at most the budget left is unpacked to measure.
  const length = decodePDFRawStream(raw).getBytes(left + 1).length;
  if (length > left) refuse(context, `object streams unpack past ${MAX_OBJECT_STREAM_BYTES / MB} MB`);
  unpacked.set(context, MAX_OBJECT_STREAM_BYTES - left + length);
  return forStream(raw, shouldWaitForTick);
};

const parseObject = PDFObjectParser.prototype.parseObject;
PDFObjectParser.prototype.parseObject = function (this: PDFObjectParser) {
  const context = (this as unknown as { context: PDFContext }).context;
  const count = (values.get(context) ?? 0) + 1;
  if (count > MAX_VALUES) refuse(context, `more than ${MAX_VALUES.toLocaleString('en')} values`);
  values.set(context, count);
  return parseObject.call(this);
};

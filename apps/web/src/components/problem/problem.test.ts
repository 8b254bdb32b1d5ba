import { describe, expect, it } from 'vitest';
import { ApiError, CLIENT_PROBLEM } from '../../api/api-error.ts';
import { fieldErrors, isProblem, problemBody, problemCode, problemOf } from './problem.ts';
import { apiErrorFor } from './testing.ts';

const conflict = apiErrorFor('dossier.version_conflict');
const invalid = apiErrorFor('request.validation_failed', {
  errors: [
    { path: 'applicant.cccd', message: 'Số CCCD gồm 12 chữ số' },
    { path: 'ticks', message: 'Thiếu thành phần hồ sơ' },
  ],
});
const network = new ApiError({ type: CLIENT_PROBLEM.network, status: 0, title: 'Không kết nối được với máy chủ.' });
const bug = new TypeError('Cannot read properties of undefined');

describe('problemOf, problemCode, isProblem, fieldErrors', () => {
  it.each([
    ['a server problem', conflict, 'dossier.version_conflict', 0],
    ['a validation problem', invalid, 'request.validation_failed', 2],
    ["the client's own network problem", network, null, 0],
    ['a thrown bug', bug, null, 0],
    ['no error at all', null, null, 0],
  ])('%s: code %s, %i field errors', (_, error, code, errors) => {
    expect(problemCode(error)).toBe(code);
    expect(fieldErrors(error)).toHaveLength(errors);
  });

  it('keeps the problem the server sent, and nothing for anything else', () => {
    expect(problemOf(invalid)?.title).toBe('Dữ liệu không hợp lệ');
    expect(problemOf(network)?.status).toBe(0);
    expect(problemOf(bug)).toBeNull();
    expect(problemOf('refused')).toBeNull();
  });

  it('matches on the code, not on a prefix of it nor on the title', () => {
    expect(isProblem(conflict, 'dossier.version_conflict')).toBe(true);
    expect(isProblem(conflict, 'catalog.version_conflict')).toBe(false);
    const lookalike = new ApiError({ ...conflict.problem, type: 'urn:motcua:problem:dossier.version_conflict.x' });
    expect(isProblem(lookalike, 'dossier.version_conflict')).toBe(false);
  });
});

describe('problemBody', () => {
  const seeMarked = 'Xem các ô được đánh dấu.';

  it('says a stale version first when the form asked about it, even with errors left over', () => {
    const general = [{ path: 'x', message: 'y' }];
    expect(problemBody(conflict, { conflictCode: 'dossier.version_conflict', general })).toEqual({ kind: 'conflict' });
    expect(problemBody(conflict, { conflictCode: 'catalog.version_conflict' }).kind).toBe('text');
  });

  it('lists the errors no field shows, named when a label is given', () => {
    const general = [{ path: 'daysOff.1', message: 'Không phải ngày làm việc' }];
    expect(problemBody(invalid, { general })).toEqual({ kind: 'list', lines: ['Không phải ngày làm việc'] });
    expect(problemBody(invalid, { general, label: () => 'Ngày nghỉ 02/09/2027' })).toEqual({
      kind: 'list',
      lines: ['Ngày nghỉ 02/09/2027: Không phải ngày làm việc'],
    });
  });

  it.each([
    ['the detail of a guard', apiErrorFor('dossier.version_conflict', { detail: 'Phiên bản 3' }), 'Phiên bản 3'],
    ['the marked fields when every error is on them', invalid, seeMarked],
    ['nothing more for a problem without errors', conflict, undefined],
    ['nothing more for a bug', bug, undefined],
  ])('else says %s', (_, error, text) => {
    expect(problemBody(error, { seeMarked })).toEqual({ kind: 'text', text });
  });
});

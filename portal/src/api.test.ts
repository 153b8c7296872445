import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseError, queryString } from './api';

test('a detail, field errors and per-item lists are told apart', () => {
  const detail = parseError(403, '{"detail":"You do not have permission to perform this action."}');
  assert.equal(detail.status, 403);
  assert.equal(detail.detail, 'You do not have permission to perform this action.');
  assert.deepEqual(detail.fieldErrors, {});
  const fields = parseError(400, '{"name":["This field is required."]}');
  assert.deepEqual(fields.fieldErrors, { name: ['This field is required.'] });
  assert.equal(fields.itemErrors, undefined);
  const items = parseError(400, '[{},{"non_field_errors":["bad"]}]');
  assert.deepEqual(items.itemErrors, [{}, { non_field_errors: ['bad'] }]);
  const html = parseError(502, '<html>');
  assert.equal(html.detail, undefined);
  assert.match(html.message, /502/);
});

test('query strings leave out undefined values', () => {
  assert.equal(queryString({ a: 1, b: undefined, c: 'x y' }), '?a=1&c=x+y');
  assert.equal(queryString({}), '');
});

import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiError } from './api.ts';
import type { FieldErrors } from './errors.ts';
import { runServerSubmit } from './use-server-submit.ts';

const t = ((key: string) => `t:${key}`) as unknown as TFunction;

/** Records every state change a form would see, in order. */
function recorder() {
  const calls: [string, unknown][] = [];
  return {
    calls,
    setters: {
      setSaving: (saving: boolean) => calls.push(['saving', saving]),
      setFormError: (message: string | null) => calls.push(['formError', message]),
      setFieldErrors: (errors: FieldErrors) => calls.push(['fieldErrors', errors]),
    },
  };
}

describe('runServerSubmit', () => {
  it('gives the action’s result and leaves no messages once saved', async () => {
    const { calls, setters } = recorder();
    await expect(runServerSubmit(() => Promise.resolve(42), setters, t)).resolves.toBe(42);
    expect(calls).toEqual([
      ['saving', true],
      ['formError', null],
      ['fieldErrors', {}],
      ['saving', false],
    ]);
  });

  it('shows the server’s Vietnamese message and its field issues when the server refuses', async () => {
    const { calls, setters } = recorder();
    const refused = new ApiError(400, 'VALIDATION', 'Dữ liệu không hợp lệ', { issues: [{ path: 'code', message: 'Nhập mã đoàn viên' }] });
    const failures: string[] = [];
    const result = await runServerSubmit(() => Promise.reject(refused), setters, t, (message) => failures.push(message));
    expect(result).toBeUndefined();
    expect(failures).toEqual(['Dữ liệu không hợp lệ']);
    expect(calls.slice(3)).toEqual([
      ['fieldErrors', { code: 'Nhập mã đoàn viên' }],
      ['formError', 'Dữ liệu không hợp lệ'],
      ['saving', false],
    ]);
  });

  it('says the network failed, in the user’s language, when the server cannot be reached', async () => {
    const { calls, setters } = recorder();
    await runServerSubmit(() => Promise.reject(new ApiError(0, 'NETWORK', 'Failed to fetch')), setters, t);
    expect(calls).toContainEqual(['formError', 't:errors.network']);
    expect(calls.at(-1)).toEqual(['saving', false]);
  });
});

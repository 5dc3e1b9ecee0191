import type { TestApp } from './test-app.ts';

// The year workbook's rows of the authorization matrix (authorization.int.test.ts). The import is a dry run of the
// matrix's member workbook (a "Đoàn viên" sheet only: members.write), so nothing is written.
type Expect<W extends string> = Record<W, number>;
interface Ctx { seed: number; workbook: Buffer }
interface Case<W extends string> { name: string; expect: Expect<W>; call(t: TestApp, username: string | null, c: Ctx): Promise<Response> }

export function yearWorkbookRouteCases<W extends string>({ read, write }: { read: Expect<W>; write: Expect<W> }): Case<W>[] {
  return [
    { name: 'GET /orgs/{id}/years/{year}/workbook', expect: read, call: (t, u, c) => t.as(u).get(`/api/orgs/${c.seed}/years/2023/workbook`) },
    { name: 'POST /orgs/{id}/years/{year}/workbook/import (dry run)', expect: write,
      call: (t, u, c) => t.as(u).upload(`/api/orgs/${c.seed}/years/2024/workbook/import?dryRun=true`, c.workbook) },
  ];
}

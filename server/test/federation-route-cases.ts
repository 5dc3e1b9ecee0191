import type { TestApp } from './test-app.ts';

// The federation roll-up's rows of the authorization matrix (authorization.int.test.ts): the view and its two files,
// asked on the seed union (its own roles are refused: officers of an upper level only) and on the city federation
// (nobody of the seed union has a role there: not found).
type Expect<W extends string> = Record<W, number>;
interface Ctx { seed: number }
interface Case<W extends string> { name: string; expect: Expect<W>; call(t: TestApp, username: string | null, c: Ctx): Promise<Response> }

export function federationRouteCases<W extends string>({ officer, upper }: { officer: Expect<W>; upper: Expect<W> }): Case<W>[] {
  return ['subordinates', 'rollup.xlsx', 'rollup.docx'].flatMap((route): Case<W>[] => [
    { name: `GET /orgs/{id}/${route}`, expect: officer, call: (t, u, c) => t.as(u).get(`/api/orgs/${c.seed}/${route}?date=2023-12-31&year=2023`) },
    { name: `GET /orgs/{id}/${route} (the city federation)`, expect: upper, call: (t, u) => t.as(u).get(`/api/orgs/${t.orgs.province}/${route}`) },
  ]);
}

// The member list's filters, page and sort live in the URL so a reload or "back" keeps them.
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { MemberListParams, MemberSortKey } from '../members.api.ts';

const sortKeys: readonly MemberSortKey[] = ['name', 'code', 'joinedOn', 'birthDate'];
const pageSizes = [25, 50, 100];

export function useMemberListParams() {
  const [search, setSearch] = useSearchParams();

  const params: MemberListParams = useMemo(() => {
    const status = search.get('status');
    const sex = search.get('sex');
    const sort = search.get('sort') as MemberSortKey | null;
    const pageSize = Number(search.get('pageSize'));
    return {
      q: search.get('q') ?? '',
      status: status === 'suspended' || status === 'current' || status === 'inactive' || status === 'all' ? status : 'active',
      sex: sex === 'male' || sex === 'female' ? sex : '',
      category: search.get('category') ?? '',
      groupId: search.get('groupId') ?? '',
      page: Math.max(1, Number(search.get('page')) || 1),
      pageSize: pageSizes.includes(pageSize) ? pageSize : 25,
      sort: sort && sortKeys.includes(sort) ? sort : 'name',
      dir: search.get('dir') === 'desc' ? 'desc' : 'asc',
    };
  }, [search]);

  /** Changes some values; any change other than the page itself goes back to page 1. */
  const update = useCallback(
    (changes: Partial<MemberListParams>) => {
      setSearch(
        (previous) => {
          const next = new URLSearchParams(previous);
          for (const [key, value] of Object.entries(changes)) {
            if (value === '' || value === undefined || value === null) {
              next.delete(key);
            } else {
              next.set(key, String(value));
            }
          }
          if (!('page' in changes)) {
            next.delete('page');
          }
          return next;
        },
        { replace: true },
      );
    },
    [setSearch],
  );

  return { params, update, pageSizes };
}

// Tổ of the union and the member categories its kind offers, for selects and filters.
import { useTranslation } from 'react-i18next';
import type { MemberCategoryCode } from '../../../../shared/contracts/members.contract.ts';
import { useApiQuery } from '../../../app/use-api-query.ts';
import { categoriesPath, groupsPath } from '../members.api.ts';

export interface SelectOption {
  value: string;
  label: string;
}

export function useMemberOptions(orgId: number) {
  const { t } = useTranslation();
  const groups = useApiQuery<{ id: number; name: string }[]>(groupsPath(orgId));
  const categories = useApiQuery<{ code: MemberCategoryCode; name: string }[]>(categoriesPath(orgId));
  const groupOptions: SelectOption[] = (groups.data ?? []).map((g) => ({ value: String(g.id), label: g.name }));
  const categoryOptions: SelectOption[] = (categories.data ?? []).map((c) => ({
    value: c.code,
    label: t(`member.category.${c.code}`, { defaultValue: c.name }),
  }));
  return { groupOptions, categoryOptions, loading: groups.loading || categories.loading };
}

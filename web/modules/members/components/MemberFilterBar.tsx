// Search (debounced) and the filters of the member list.
import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SelectOption } from '../hooks/use-member-options.ts';
import type { MemberFilters } from '../members.api.ts';

interface Props {
  filters: MemberFilters;
  onChange: (changes: Partial<MemberFilters>) => void;
  categoryOptions: SelectOption[];
  groupOptions: SelectOption[];
}

export function MemberFilterBar({ filters, onChange, categoryOptions, groupOptions }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(filters.q);
  const [debounced] = useDebouncedValue(text, 350);

  useEffect(() => {
    if (debounced.trim() !== filters.q.trim()) {
      onChange({ q: debounced });
    }
    // Only the typed text drives this effect; the URL value is read for comparison.
  }, [debounced]);

  return (
    <SimpleGrid cols={{ base: 2, md: 6 }} spacing="sm" mb="md">
      <TextInput
        data-testid="member-search"
        name="q"
        type="search"
        aria-label={t('members.search')}
        placeholder={t('members.searchPlaceholder')}
        leftSection={<IconSearch size={16} />}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        style={{ gridColumn: 'span 2' }}
      />
      <Select
        data-testid="filter-status"
        aria-label={t('members.filter.status')}
        data={[
          { value: 'active', label: t('members.filter.statusActive') },
          { value: 'suspended', label: t('members.filter.statusSuspended') },
          { value: 'current', label: t('members.filter.statusCurrent') },
          { value: 'inactive', label: t('members.filter.statusInactive') },
          { value: 'all', label: t('members.filter.statusAll') },
        ]}
        value={filters.status}
        onChange={(value) => onChange({ status: (value as MemberFilters['status']) ?? 'active' })}
        allowDeselect={false}
      />
      <Select
        data-testid="filter-sex"
        aria-label={t('members.filter.sex')}
        placeholder={t('members.filter.sexAny')}
        data={[
          { value: 'female', label: t('member.sex.female') },
          { value: 'male', label: t('member.sex.male') },
        ]}
        value={filters.sex || null}
        onChange={(value) => onChange({ sex: (value as MemberFilters['sex']) ?? '' })}
        clearable
      />
      <Select
        data-testid="filter-category"
        aria-label={t('members.filter.category')}
        placeholder={t('members.filter.categoryAny')}
        data={categoryOptions}
        value={filters.category || null}
        onChange={(value) => onChange({ category: value ?? '' })}
        clearable
      />
      <Select
        data-testid="filter-group"
        aria-label={t('members.filter.group')}
        placeholder={t('members.filter.groupAny')}
        data={groupOptions}
        value={filters.groupId || null}
        onChange={(value) => onChange({ groupId: value ?? '' })}
        clearable
        searchable
        nothingFoundMessage={t('common.nothingFound')}
      />
    </SimpleGrid>
  );
}
